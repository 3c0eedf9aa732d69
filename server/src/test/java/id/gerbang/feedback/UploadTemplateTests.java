package id.gerbang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.feedback.internal.UploadColumns;
import id.gerbang.feedback.internal.WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The upload template: instructions, a sheet per kind with the Indonesian headers and drop-down
 * lists, the hidden code sheet, examples; a catalogue text that looks like a formula is written as
 * quote-prefixed text; the empty template reads as a template with no rows.
 */
@IntegrationTest
class UploadTemplateTests {

    @Autowired
    FeedbackUploads uploads;

    @Autowired
    FeedbackRecords records;

    @Test
    void theTemplateHasItsSheetsHeadersDropDownsAndNoFormulas() throws Exception {
        String code = "UJI-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        records.addProgramme(code, "=HYPERLINK(\"http://x\")", "Bantuan uji", "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.template(out, Locale.forLanguageTag("id"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Petunjuk");
            assertThat(book.getSheet("Korban").getRow(0).getCell(0).getStringCellValue()).isEqualTo("NIK");
            assertThat(book.getSheet("Korban").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tempat Kejadian");
            assertThat(book.getSheet("Penerima Program").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Program");
            assertThat(book.getSheet("Korban").getDataValidations()).isNotEmpty();
            assertThat(book.getSheet("Penerima Program").getDataValidations()).isNotEmpty();
            assertThat(book.isSheetHidden(book.getSheetIndex("Kode"))).isTrue();
            assertThat(book.getSheet("Contoh").getLastRowNum()).isGreaterThan(3);
            assertThat(book.getName("PROGRAM")).isNotNull();
            boolean found = false;
            for (Row row : book.getSheet("Kode")) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    if (cell.getStringCellValue().startsWith(code)) {
                        found = true;
                    }
                }
            }
            assertThat(found).isTrue();
            for (Row row : book.getSheet("Kode")) {
                for (Cell cell : row) {
                    if (id.gerbang.common.SpreadsheetText.formulaLike(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                }
            }
        }
        assertThat(WorkbookReader.count(out.toByteArray())).isZero();
        assertThat(UploadColumns.LAYOUTS).hasSize(2);
    }
}
