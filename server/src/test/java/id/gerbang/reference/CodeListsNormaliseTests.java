package id.gerbang.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeListsNormaliseTests {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            BELUM/TIDAK BEKERJA                | BELUM/TIDAK BEKERJA
            Belum / Tidak  Bekerja             | BELUM/TIDAK BEKERJA
            '  belum /tidak bekerja  '         | BELUM/TIDAK BEKERJA
            Laki - Laki                        | LAKI-LAKI
            laki-laki                          | LAKI-LAKI
            Aparatur Sipil Negara ( ASN )      | APARATUR SIPIL NEGARA (ASN)
            'KAWIN\tTERCATAT'                  | KAWIN TERCATAT
            AKADEMI/DIPLOMA III/S. MUDA        | AKADEMI/DIPLOMA III/S. MUDA
            """)
    void normalisesCaseSpacingAndSeparators(String label, String expected) {
        assertThat(CodeLists.normalise(label)).isEqualTo(expected);
    }

    @Test
    void nonBreakingSpacesCountAsSpaces() {
        assertThat(CodeLists.normalise("KAWIN\u00A0 TERCATAT\u00A0")).isEqualTo("KAWIN TERCATAT");
    }

    @Test
    void codeListsByNameOrSlug() {
        assertThat(CodeList.of("marital-status")).contains(CodeList.MARITAL_STATUS);
        assertThat(CodeList.of("MARITAL_STATUS")).contains(CodeList.MARITAL_STATUS);
        assertThat(CodeList.of(" Occupation ")).contains(CodeList.OCCUPATION);
        assertThat(CodeList.of("pekerjaan")).isEqualTo(Optional.empty());
        assertThat(CodeList.FAMILY_RELATIONSHIP.slug()).isEqualTo("family-relationship");
    }
}
