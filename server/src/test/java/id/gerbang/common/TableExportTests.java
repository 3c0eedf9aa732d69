package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTests {

    static final List<String> HEADER = List.of("seq", "nik", "note", "ok", "missing");
    static final List<Object> ROW = Arrays.asList(7L, 3204104501900003L, "=HYPERLINK(\"x\")", true, null);

    @Test
    void csvHasAByteOrderMarkTheHeaderAndFormulaLikeTextPrefixed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.csv(out, HEADER)) {
            table.row(ROW);
            table.row(List.of("-1", "+62", "@x", "\tx", "plain"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFseq,nik,note,ok,missing\r\n");
        assertThat(text).contains("7,3204104501900003,\"'=HYPERLINK(\"\"x\"\")\",true,\r\n");
        assertThat(text).contains("'-1,'+62,'@x,'\tx,plain");
    }

    @Test
    void xlsxKeepsLongNumbersAsTextAndMarksFormulaLikeTextAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.xlsx(out, "rows", HEADER)) {
            table.row(ROW);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("rows");
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("nik");
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("3204104501900003");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
