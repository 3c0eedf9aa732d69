package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.internal.TextNormaliser.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The similarity on the cases it was designed for (ADR 0040). All names are synthetic
 * combinations of common Indonesian given names.
 */
class SimilarityTests {

    static int name(String a, String b) {
        return Similarity.score(Kind.NAME, a, b);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // case, spacing and punctuation
            "ratna  kusuma wijayanti | RATNA KUSUMA WIJAYANTI",
            "RATNA-KUSUMA, WIJAYANTI | RATNA KUSUMA WIJAYANTI",
            "MA'RUF HIDAYAT | MARUF HIDAYAT",
            // titles, before and after the name
            "DR. IR. BAMBANG SETIADI, M.M. | BAMBANG SETIADI",
            "Drs. H. Agus Salimin | AGUS SALIMIN",
            "HJ. SITI AMINAH | SITI AMINAH",
            "KH. ABDUL HALIM | ABDUL HALIM",
            "H ABDUL HALIM | ABDUL HALIM",
            "RINA MARLINA, S.Kom | RINA MARLINA",
            "RINA MARLINA S.KOM | RINA MARLINA",
            "AGUS SALIMIN, S.H., M.M. | AGUS SALIMIN",
            "YULIA ANGGRAINI, S. Pd. I | YULIA ANGGRAINI",
            "PROF. DR. DRA. SRI WAHYUNI, M.SI | SRI WAHYUNI",
            "AGUS SALIMIN, A.Md.Keb | AGUS SALIMIN",
            // old spellings and variants
            "SOEKIMAN | SUKIMAN",
            "DJOKO SOETRISNO | JOKO SUTRISNO",
            "TJAHJADI | CAHYADI",
            "SJAIFUL | SYAIFUL",
            "NJOMAN | NYOMAN",
            "ACHMAD | AKHMAD",
            "RAMADHAN | RAMADAN",
            "FATHONI | FATONI",
            "QOMARUDIN | KOMARUDIN",
            "SETYAWAN | SETIAWAN",
            "MUHAMMAD | MUHAMAD",
            "MOCHAMMAD ROFIQ | MUHAMMAD ROFIK",
            "ACHMAD YANI | AHMAD YANI",
            "MOH. ZAENAL | MUHAMMAD ZAENAL",
            "ABD. ROHIM | ABDUL ROHIM",
            // word order
            "WIJAYANTI RATNA KUSUMA | RATNA KUSUMA WIJAYANTI",
            // spacing inside a name
            "SITI NURAINI | SITI NUR AINI",
            "NURHIDAYAT | NUR HIDAYAT"})
    void theseAreTheSameName(String a, String b) {
        assertThat(name(a, b)).as("%s vs %s", a, b).isEqualTo(100);
    }

    @Test
    void anInitialStandsForItsNameButNotQuiteFully() {
        assertThat(name("M. RIZKI", "MUHAMMAD RIZKI")).isBetween(90, 99);
        assertThat(name("M RIZKI PRATAMA", "MUHAMMAD RIZKI PRATAMA")).isBetween(90, 99);
        assertThat(name("A. RAHMAN", "ABDUL RAHMAN")).isBetween(85, 99);
        assertThat(name("B. RAHMAN", "ABDUL RAHMAN")).isLessThan(70);
    }

    @Test
    void anUndottedShortDegreeIsAmbiguousAndCostsItsLetters() {
        assertThat(name("AGUS SALIMIN SH", "AGUS SALIMIN")).isBetween(90, 99);
        assertThat(name("AGUS SALIMIN S.H.", "AGUS SALIMIN")).isEqualTo(100);
    }

    @Test
    void typosCostALittle() {
        assertThat(name("BUDI SANTOSA", "BUDI SANTOSO")).isBetween(90, 99);
        assertThat(name("KURNIAWAN ADI", "KURNAWAN ADI")).isBetween(90, 99);
        assertThat(name("RAHMAT HIDAYAT", "ROHMAT HIDAYAT")).isBetween(90, 99);
        assertThat(name("FITRI HANDAYANI", "PITRI HANDAYANI")).isBetween(85, 99);
    }

    @Test
    void aMissingWordCostsItsLength() {
        int oneMissing = name("RIZKI PRATAMA", "MUHAMMAD RIZKI PRATAMA");
        assertThat(oneMissing).isBetween(60, 85);
        assertThat(name("RIZKI", "MUHAMMAD RIZKI PRATAMA")).isLessThan(oneMissing);
    }

    @Test
    void differentNamesScoreLow() {
        assertThat(name("MUHAMMAD RIZKI", "MUHAMMAD RIZAL")).isLessThan(70);
        assertThat(name("EKO PRASETYO", "EKA PRASETYA")).isLessThan(90);
        assertThat(name("SITI AMINAH", "DEWI KARTIKA")).isLessThan(20);
        assertThat(name("AGUS SALIMIN", "")).isZero();
    }

    @Test
    void titlesAloneAreNoName() {
        assertThat(name("DR.", "")).isEqualTo(100);
        assertThat(name("DR.", "AGUS")).isZero();
    }

    @Test
    void placesIgnoreAdministrativeWordsAndOldSpellings() {
        assertThat(Similarity.score(Kind.PLACE, "KAB. BANDUNG", "BANDUNG")).isEqualTo(100);
        assertThat(Similarity.score(Kind.PLACE, "Kota Bandung", "BANDUNG")).isEqualTo(100);
        assertThat(Similarity.score(Kind.PLACE, "TJIANDJUR", "CIANJUR")).isEqualTo(100);
        assertThat(Similarity.score(Kind.PLACE, "DKI JAKARTA", "JAKARTA")).isEqualTo(100);
        assertThat(Similarity.score(Kind.PLACE, "JAKARTA", "SURABAYA")).isLessThan(30);
    }

    @Test
    void addressesKnowTheirAbbreviations() {
        assertThat(Similarity.score(Kind.ADDRESS, "JALAN MERDEKA NO. 12", "JL. MERDEKA NO 12")).isEqualTo(100);
        assertThat(Similarity.score(Kind.ADDRESS, "Gang Mawar Kp. Sukamaju", "GG MAWAR KAMPUNG SUKAMAJU")).isEqualTo(100);
        assertThat(Similarity.score(Kind.ADDRESS, "PERUMAHAN GRIYA ASRI BLK C-5", "PERUM GRIYA ASRI BLOK C 5")).isEqualTo(100);
        assertThat(Similarity.score(Kind.ADDRESS, "JL MERDEKA NO 12 RT 001 RW 002", "JL MERDEKA NO 12 RT 1 RW 2")).isEqualTo(100);
    }

    @Test
    void houseNumbersMustBeEqualNotSimilar() {
        assertThat(Similarity.score(Kind.ADDRESS, "JL MERDEKA NO 12", "JL MERDEKA NO 13"))
                .isLessThan(Similarity.score(Kind.ADDRESS, "JL MERDEKA NO 12", "JL MERDEKA NO 12"));
        assertThat(Similarity.tokenSimilarity("12", "13")).isZero();
    }

    @Test
    void titlesAreNamesInPlacesAndAddresses() {
        // "H" and "DR" mean nothing special outside names.
        assertThat(TextNormaliser.tokens("JL. DR. SUTOMO", Kind.ADDRESS)).containsExactly("JL", "DR", "SUTOMO");
        assertThat(TextNormaliser.tokens("JL. DR. SUTOMO", Kind.NAME)).containsExactly("JL", "SUTOMO");
    }

    @Test
    void regionKeysTellKotaFromKabupaten() {
        assertThat(TextNormaliser.regionKey("KAB. BANDUNG")).isEqualTo(TextNormaliser.regionKey("Kabupaten Bandung"));
        assertThat(TextNormaliser.regionKey("BANDUNG")).isEqualTo(TextNormaliser.regionKey("KABUPATEN BANDUNG"));
        assertThat(TextNormaliser.regionKey("KOTA BANDUNG")).isNotEqualTo(TextNormaliser.regionKey("KABUPATEN BANDUNG"));
        assertThat(TextNormaliser.regionKey("Prov. Jawa Barat")).isEqualTo(TextNormaliser.regionKey("JAWA BARAT"));
        assertThat(TextNormaliser.regionKey("DKI Jakarta")).isEqualTo("JAKARTA");
    }

    @Test
    void jaroWinklerKnownValues() {
        assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("ABC", "XYZ")).isZero();
    }
}
