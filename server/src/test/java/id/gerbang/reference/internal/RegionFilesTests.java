package id.gerbang.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.ReferenceError;
import id.gerbang.reference.RegionLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A malformed reference file stops the load with the file and line at fault. */
class RegionFilesTests {

    static CsvTable table(String content) {
        return CsvTable.read("test.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedNamesAndLevels() {
        List<RegionFiles.RegionRow> rows = RegionFiles.current(table("""
                code,name,level,parent_code
                12,Sumatera Utara,provinsi,
                12.07.28.1007,"Lubuk Pakam I,II",desa_kelurahan,12.07.28
                """));
        assertThat(rows).containsExactly(
                new RegionFiles.RegionRow("12", "Sumatera Utara", RegionLevel.PROVINCE, null),
                new RegionFiles.RegionRow("1207281007", "Lubuk Pakam I,II", RegionLevel.VILLAGE, "120728"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "32.04.10,Margaasih,kabkota,32.04",          // level does not match the code
            "32.04.10,Margaasih,kecamatan,32.05",        // parent is not the code's parent
            "32.04.10,Margaasih,kecamatan,",             // parent missing
            "32.4.10,Margaasih,kecamatan,32.04",         // malformed code
            "32.04.10,,kecamatan,32.04",                 // no name
            "32.04.10,Margaasih,kampung,32.04"})         // unknown level
    void aBadRowNamesItsLine(String badRow) {
        CsvTable table = table("code,name,level,parent_code\n32,Jawa Barat,provinsi,\n" + badRow + "\n");
        assertThatThrownBy(() -> RegionFiles.current(table)).isInstanceOfSatisfying(GerbangException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ReferenceError.REFERENCE_FILE_INVALID);
            assertThat(e.args()).containsExactly("test.csv", "3");
        });
    }

    @Test
    void anAliasForAnUnknownCodeIsRejected() {
        Map<String, CsvTable> tables = new java.util.HashMap<>();
        CodeListFiles.FILES.values().forEach(f -> tables.put(f, table("kode,deskripsi\n1,SATU\n")));
        tables.put(CodeListFiles.ALIASES, table("list,alias,code,source\nRELIGION,HINDHU,4,test\n"));
        assertThatThrownBy(() -> CodeListFiles.parse(tables)).isInstanceOfSatisfying(GerbangException.class,
                e -> assertThat(e.args()).containsExactly("test.csv", "2"));
        tables.put(CodeListFiles.ALIASES, table("list,alias,code,source\nRELIGION,satu / dua,1,test\n"));
        assertThat(CodeListFiles.parse(tables).aliases()).containsExactly(
                new CodeListFiles.AliasRow(id.gerbang.reference.CodeList.RELIGION, "SATU/DUA", 1, "test"));
    }
}
