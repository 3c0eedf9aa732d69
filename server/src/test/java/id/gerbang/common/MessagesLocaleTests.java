package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Indonesian unless the caller prefers English; never the server's default locale. */
class MessagesLocaleTests {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "NONE, id",
            "'', id",
            "en, en",
            "'en-US,en;q=0.9', en",
            "'id-ID,id;q=0.9,en;q=0.8', id",
            "'en;q=0.5,id;q=0.9', id",
            "fr-FR, id",
            "'not;;a=header', id"})
    void chooseTheLanguageFromAcceptLanguage(String header, String expected) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the machine's default must not leak into answers
        try {
            MockHttpServletRequest request = new MockHttpServletRequest();
            if (header != null) {
                request.addHeader("Accept-Language", header);
            }
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            assertThat(Messages.currentLocale().getLanguage()).isEqualTo(expected);
        } finally {
            Locale.setDefault(previous);
        }
    }
}
