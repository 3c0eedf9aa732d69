package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementVerifierTests {

    static final Set<PersonField> ALL = EnumSet.allOf(PersonField.class);

    final ElementVerifier verifier = new ElementVerifier(SyntheticPeople.LABELS);

    List<ElementVerdict> verify(String json, Set<PersonField> granted, int threshold) {
        CompatibleRequest r = CompatibleRequestParser.parse(json.getBytes(StandardCharsets.UTF_8), Map.of());
        return verifier.verify(r.elements(), SyntheticPeople.ratna(), granted, threshold);
    }

    static List<String> texts(List<ElementVerdict> verdicts) {
        return verdicts.stream().map(v -> v.field() + "=" + v.text()).toList();
    }

    @Test
    void everyKindOfElementInWireOrder() {
        List<ElementVerdict> v = verify("""
                {"NIK":"3204104501900003","NO_KK":3204101201150007,"NAMA_LGKP":"Ratna Kusuma Wijayanti, S.Kom",
                 "TMPT_LHR":"Kab. Bandung","TGL_LHR":"05-01-1990","JENIS_KLMIN":"PEREMPUAN","JENIS_PKRJN":"Mengurus Rumah Tangga",
                 "STATUS_KAWIN":"2","AGAMA":"ISLAM","NAMA_LGKP_IBU":"SUMARNI","ALAMAT":"JALAN MAWAR NO 17",
                 "NO_RT":"003","NO_RW":5,"NO_PROP":"32","PROP_NAME":"Jawa Barat","NO_KAB":"32.04","KAB_NAME":"KAB. BANDUNG",
                 "NO_KEC":10,"KEC_NAME":"margaasih","NO_KEL":"2001","KEL_NAME":"MARGAASIH"}""", ALL, 80);
        assertThat(texts(v)).containsExactly(
                "NO_KK=Sesuai", "NIK=Sesuai", "NAMA_LGKP=Sesuai (100)", "JENIS_KLMIN=Sesuai",
                "TMPT_LHR=Sesuai (100)", "TGL_LHR=Sesuai", "AGAMA=Sesuai", "STATUS_KAWIN=Sesuai",
                "JENIS_PKRJN=Sesuai", "NAMA_LGKP_IBU=Tidak Sesuai (58)", "ALAMAT=Sesuai (100)", "NO_RT=Sesuai",
                "NO_RW=Sesuai", "NO_PROP=Sesuai", "PROP_NAME=Sesuai", "NO_KAB=Sesuai", "KAB_NAME=Sesuai",
                "NO_KEC=Sesuai", "KEC_NAME=Sesuai", "NO_KEL=Sesuai", "KEL_NAME=Sesuai");
    }

    @Test
    void mismatchesAreTidakSesuai() {
        List<ElementVerdict> v = verify("""
                {"NIK":"3204104501900003","NO_KK":"3204101201150008","TGL_LHR":"1990-01-06","JENIS_KLMIN":"Laki-laki",
                 "AGAMA":"KRISTEN","NO_RT":"4","KAB_NAME":"KOTA BANDUNG","NAMA_LGKP":"DEWI KARTIKA"}""", ALL, 80);
        assertThat(texts(v)).containsExactly("NO_KK=Tidak Sesuai", "NIK=Sesuai", "NAMA_LGKP=Tidak Sesuai (0)",
                "JENIS_KLMIN=Tidak Sesuai", "TGL_LHR=Tidak Sesuai", "AGAMA=Tidak Sesuai", "NO_RT=Tidak Sesuai",
                "KAB_NAME=Tidak Sesuai");
    }

    @Test
    void theThresholdDecidesTheFuzzyVerdict() {
        String body = "{\"NIK\":\"3204104501900003\",\"NAMA_LGKP\":\"RATNA WIJAYANTI\"}";
        int score = verify(body, ALL, 0).get(1).score();
        assertThat(score).isBetween(50, 99);
        assertThat(verify(body, ALL, score).get(1).matched()).isTrue();
        assertThat(verify(body, ALL, score + 1).get(1).matched()).isFalse();
    }

    @Test
    void elementsTheAgreementDoesNotGrantAreNeitherComparedNorAnswered() {
        Set<PersonField> granted = EnumSet.of(PersonField.NIK, PersonField.NAMA_LGKP);
        List<ElementVerdict> v = verify("""
                {"NIK":"3204104501900003","NAMA_LGKP":"RATNA KUSUMA WIJAYANTI","NAMA_LGKP_IBU":"SUMARNI WIDYASTUTI",
                 "TGL_LHR":"05-01-1990"}""", granted, 80);
        assertThat(texts(v)).containsExactly("NIK=Sesuai", "NAMA_LGKP=Sesuai (100)");
    }

    @Test
    void fieldsThatAreNotVerificationElementsAreIgnoredEvenWhenGranted() {
        List<ElementVerdict> v = verify("{\"NIK\":\"3204104501900003\",\"NAMA_LGKP_AYAH\":\"DADANG KUSNADI\",\"GOL_DARAH\":\"O\"}", ALL, 80);
        assertThat(texts(v)).containsExactly("NIK=Sesuai");
    }

    @Test
    void nothingVerifiableIsAnEmptyAnswer() {
        assertThat(verify("{\"NIK\":\"3204104501900003\"}", EnumSet.of(PersonField.NAMA_LGKP), 80)).isEmpty();
    }

    @Test
    void aMissingStoredValueNeverMatches() {
        CompatibleRequest r = CompatibleRequestParser.parse(
                "{\"NAMA_LGKP_IBU\":\"SIAPA\",\"TGL_LHR\":\"05-01-1990\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        SyntheticPeople.Person stored = SyntheticPeople.ratna().with(PersonField.NAMA_LGKP_IBU, null).with(PersonField.TGL_LHR, null);
        assertThat(texts(verifier.verify(r.elements(), stored, ALL, 80)))
                .containsExactly("TGL_LHR=Tidak Sesuai", "NAMA_LGKP_IBU=Tidak Sesuai (0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05-01-1990", "1990-01-05", "05/01/1990", "1990/01/05", "5-1-1990", "05.01.1990",
            "1990-01-05 00:00:00", "1990-01-05T00:00:00"})
    void datesInEveryFormClientsUse(String date) {
        assertThat(ElementVerifier.parseDate(date)).isEqualTo(LocalDate.of(1990, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "05-01-90", "31-02-1990", "tanggal", "1990-13-01", "05011990"})
    void notADate(String date) {
        assertThat(ElementVerifier.parseDate(date)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Laki-laki", "LAKI-LAKI", "Laki-Laki", "laki laki", "L", "1", "PRIA"})
    void male(String sex) {
        assertThat(ElementVerifier.parseSex(sex)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Perempuan", "PEREMPUAN", "perempuan", "P", "2", "WANITA"})
    void female(String sex) {
        assertThat(ElementVerifier.parseSex(sex)).isEqualTo(2);
    }

    @Test
    void thresholds() {
        assertThat(ElementVerifier.parseThreshold(null, 90)).hasValue(90);
        assertThat(ElementVerifier.parseThreshold("80", 90)).hasValue(80);
        assertThat(ElementVerifier.parseThreshold(" 75 ", 90)).hasValue(75);
        assertThat(ElementVerifier.parseThreshold("85.5", 90)).hasValue(86);
        assertThat(ElementVerifier.parseThreshold("80%", 90)).hasValue(80);
        assertThat(ElementVerifier.parseThreshold("0", 90)).hasValue(0);
        assertThat(ElementVerifier.parseThreshold("100", 90)).hasValue(100);
        assertThat(ElementVerifier.parseThreshold("101", 90)).isEqualTo(OptionalInt.empty());
        assertThat(ElementVerifier.parseThreshold("-1", 90)).isEmpty();
        assertThat(ElementVerifier.parseThreshold("tinggi", 90)).isEmpty();
        assertThat(ElementVerifier.parseThreshold("NaN", 90)).isEmpty();
    }
}
