package id.gerbang.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.common.GerbangException;
import java.io.IOException;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CodeListsTests {

    @Autowired
    CodeLists codeLists;

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OCCUPATION     | PEGAWAI NEGERI SIPIL             | 5
            OCCUPATION     | APARATUR SIPIL NEGARA (ASN)      | 5
            OCCUPATION     | Aparatur Sipil Negara ( ASN )    | 5
            OCCUPATION     | ASN                              | 5
            OCCUPATION     | BELUM/TIDAK BEKERJA              | 1
            OCCUPATION     | BELUM / TIDAK BEKERJA            | 1
            OCCUPATION     | belum /tidak   bekerja           | 1
            OCCUPATION     | TENTARA NASIONAL INDONESIA (TNI) | 6
            OCCUPATION     | Tukang Jait                      | 30
            OCCUPATION     | IMAM MESJID                      | 41
            OCCUPATION     | WIRASWASTA                       | 88
            MARITAL_STATUS | BELUM KAWIN                      | 1
            MARITAL_STATUS | KAWIN                            | 2
            MARITAL_STATUS | KAWIN TERCATAT                   | 2
            MARITAL_STATUS | Kawin Belum Tercatat             | 2
            MARITAL_STATUS | CERAI HIDUP                      | 3
            MARITAL_STATUS | CERAI HIDUP TERCATAT             | 3
            MARITAL_STATUS | CERAI HIDUP BELUM TERCATAT       | 3
            MARITAL_STATUS | CERAI MATI                       | 4
            RELIGION       | Islam                            | 1
            RELIGION       | KATHOLIK                         | 3
            RELIGION       | HINDU                            | 4
            RELIGION       | HINDHU                           | 4
            RELIGION       | KHONGHUCU                        | 6
            RELIGION       | Konghucu                         | 6
            RELIGION       | KONG HUCHU                       | 6
            RELIGION       | KEPERCAYAAN TERHADAP TUHAN YME   | 7
            RELIGION       | LAINNYA                          | 7
            SEX            | Laki-laki                        | 1
            SEX            | LAKI-LAKI                        | 1
            SEX            | Laki-Laki                        | 1
            SEX            | Perempuan                        | 2
            SEX            | PEREMPUAN                        | 2
            EDUCATION      | TAMAT SD / SEDERAJAT             | 3
            EDUCATION      | AKADEMI/DIPLOMA III/S. MUDA      | 7
            EDUCATION      | diploma iv / strata i            | 8
            FAMILY_RELATIONSHIP | KEPALA KELUARGA             | 1
            FAMILY_RELATIONSHIP | Famili Lain                 | 9
            BLOOD_TYPE     | AB+                              | 9
            BLOOD_TYPE     | tidak tahu                       | 13
            DISABILITY     | CACAT NETRA                      | 2
            DISABILITY     | CACAT NETRA/BUTA                 | 2
            CITIZENSHIP    | wni                              | 1
            VIOLENCE_TYPE  | seksual                          | 3
            PERPETRATOR_RELATIONSHIP | orang tua              | 1
            PERPETRATOR_RELATIONSHIP | Pacar / Teman          | 5
            INCIDENT_PLACE | RUMAH TANGGA                     | 1
            SERVICE        | Pendampingan Tokoh Agama         | 8
            SERVICE_FUNCTION | Pengaduan Masyarakat           | 1
            SERVICE_FUNCTION | Pendampingan Korban            | 6
            AGE_GROUP      | 60+                              | 7
            """)
    void labelsMapToCodesAfterNormalisation(CodeList list, String label, int code) {
        assertThat(codeLists.byLabel(list, label)).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(code));
        assertThat(codeLists.code(list, label)).isEqualTo(code);
    }

    @Test
    void labelsAndLists() {
        assertThat(codeLists.label(CodeList.OCCUPATION, 5)).isEqualTo("PEGAWAI NEGERI SIPIL");
        assertThat(codeLists.label(CodeList.SEX, 2)).isEqualTo("PEREMPUAN");
        assertThat(codeLists.all(CodeList.OCCUPATION)).hasSize(89).extracting(Code::code).isSorted();
        assertThat(codeLists.all(CodeList.MARITAL_STATUS)).extracting(Code::label)
                .containsExactly("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI");
        assertThat(codeLists.all(CodeList.SERVICE)).hasSize(8);
        assertThat(codeLists.all(CodeList.SERVICE_FUNCTION)).hasSize(6);
        assertThat(codeLists.all(CodeList.BLOOD_TYPE)).hasSize(13);
        for (CodeList list : CodeList.values()) {
            assertThat(codeLists.all(list)).as(list.name()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.list()).isEqualTo(list));
        }
        assertThat(codeLists.byCode(CodeList.RELIGION, 6)).hasValueSatisfying(
                c -> assertThat(c.label()).isEqualTo("KHONGHUCU"));
        assertThat(codeLists.byCode(CodeList.RELIGION, 8)).isEmpty();
    }

    @Test
    void unknownLabelsAndCodesFailPrecisely() {
        assertThat(codeLists.byLabel(CodeList.OCCUPATION, "ASTRONOT")).isEmpty();
        assertThat(codeLists.byLabel(CodeList.SEX, "KAWIN")).as("labels belong to one list").isEmpty();
        assertThatThrownBy(() -> codeLists.code(CodeList.OCCUPATION, "ASTRONOT"))
                .isInstanceOfSatisfying(GerbangException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ReferenceError.CODE_LABEL_UNKNOWN);
                    assertThat(e.getMessage()).doesNotContain("ASTRONOT");
                });
        assertThatThrownBy(() -> codeLists.label(CodeList.OCCUPATION, 90))
                .isInstanceOfSatisfying(GerbangException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ReferenceError.CODE_NOT_FOUND);
                    assertThat(e.args()).containsExactly("occupation", "90");
                });
    }

    /** Every variant in the shipped alias file resolves to the code it declares: no alias is shadowed by another list entry. */
    @Test
    void everyShippedAliasResolvesToItsCode() throws IOException {
        for (CSVRecord row : RegionsTests.read("/reference/code_aliases.csv")) {
            CodeList list = CodeList.valueOf(row.get("list"));
            assertThat(codeLists.byLabel(list, row.get("alias")))
                    .as(row.toString())
                    .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(Integer.parseInt(row.get("code"))));
        }
    }

    /** The KK labels come from status_kawin.csv itself, mapped to its kode_dasar. */
    @Test
    void kkMaritalLabelsFromTheShippedFile() throws IOException {
        int labels = 0;
        for (CSVRecord row : RegionsTests.read("/reference/dukcapil/status_kawin.csv")) {
            if (row.get("jenis").equals("label_kk")) {
                labels++;
                assertThat(codeLists.code(CodeList.MARITAL_STATUS, row.get("deskripsi")))
                        .isEqualTo(Integer.parseInt(row.get("kode_dasar")));
            }
        }
        assertThat(labels).isEqualTo(4);
    }
}
