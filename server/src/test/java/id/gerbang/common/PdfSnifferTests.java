package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfSnifferTests {

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfHasTheHeaderAtTheStartAndTheEndMarkerNearTheEnd() {
        assertThat(PdfSniffer.isPdf(bytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\nendobj\n%%EOF"))).isTrue();
        assertThat(PdfSniffer.isPdf(bytes("%PDF-2.0\nxxxxxxxxxx\n%%EOF\r\n"))).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(PdfSniffer.isPdf(new byte[0])).isFalse();
        assertThat(PdfSniffer.isPdf(bytes("%PDF-1.4\n"))).isFalse();
        assertThat(PdfSniffer.isPdf(bytes("<html><body>%PDF-1.4</body></html>\n%%EOF"))).isFalse();
        assertThat(PdfSniffer.isPdf(bytes(" %PDF-1.4\nxxxxxxxxxxxxxxxx\n%%EOF"))).isFalse();
        assertThat(PdfSniffer.isPdf(bytes("%PDF-3.0\nxxxxxxxxxxxxxxxx\n%%EOF"))).isFalse();
        assertThat(PdfSniffer.isPdf(bytes("%PDF-1.4\nxxxxxxxxxxxxxxxx\nno end marker"))).isFalse();
        assertThat(PdfSniffer.isPdf(bytes("\u0089PNG\r\n\u001a\nxxxxxxxxxxxxxxxxxxxx%%EOF"))).isFalse();
        String farFromTheEnd = "%PDF-1.4\n%%EOF\n" + " ".repeat(2000);
        assertThat(PdfSniffer.isPdf(bytes(farFromTheEnd))).isFalse();
    }
}
