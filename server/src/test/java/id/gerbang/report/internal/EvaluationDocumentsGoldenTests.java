package id.gerbang.report.internal;

import static id.gerbang.report.internal.ReportDocumentsGoldenTests.assertGolden;
import static id.gerbang.report.internal.ReportDocumentsGoldenTests.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.common.Messages;
import id.gerbang.report.ComplianceLevel;
import id.gerbang.report.EvaluationFigures;
import id.gerbang.report.Finding;
import id.gerbang.report.ReportFigures;
import id.gerbang.report.Semester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the evaluation report for the Minister for a fixed data set: the text extracted from
 * the PDF and every cell of the XLSX are compared with {@code src/test/resources/report/golden-evaluation-*.txt}
 * ({@code -Dgerbang.golden.write=true} writes them anew after a deliberate change).
 */
class EvaluationDocumentsGoldenTests {

    /** Semester 2026-1 across three synthetic agencies: one compliant, one late, one suspended on a finding. */
    static EvaluationFigures fixture() {
        return new EvaluationFigures(new Semester(2026, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                Instant.parse("2026-07-15T02:00:00Z"), "registry.admin",
                new ReportFigures.Checkpoint(57, 987_654, "5d41402abc4b2a76b9719d911017c592ae3f8e6f1b2c3d4e5f60718293a4b5c6",
                        Instant.parse("2026-07-15T01:59:00Z"), "9f0c1d2e3f405162"),
                List.of(new EvaluationFigures.AgreementRow("Dinas Sosial Kota Uji", "470/1/T/2026", "ACTIVE",
                                LocalDate.of(2026, 1, 2), LocalDate.of(2028, 1, 1)),
                        new EvaluationFigures.AgreementRow("Dinas Uji Sintetis", "470/2/T/2025", "ACTIVE",
                                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)),
                        new EvaluationFigures.AgreementRow("=Rumah Sakit Uji", "470/3/T/2025", "SUSPENDED",
                                LocalDate.of(2025, 5, 1), LocalDate.of(2027, 4, 30))),
                List.of(new EvaluationFigures.AgencyRow(1, "Dinas Sosial Kota Uji", 12_400, 11_950, "ACCEPTED", false, 300,
                                290, 290 / 300.0, 0, ComplianceLevel.COMPLIANT),
                        new EvaluationFigures.AgencyRow(2, "Dinas Uji Sintetis", 3_100, 2_870, null, true, 120, 102,
                                102 / 120.0, 0, ComplianceLevel.ATTENTION),
                        new EvaluationFigures.AgencyRow(3, "=Rumah Sakit Uji", 860, 700, "RETURNED", true, 200, 82,
                                82 / 200.0, 1, ComplianceLevel.NON_COMPLIANT)),
                List.of(new EvaluationFigures.FindingRow(11, "=Rumah Sakit Uji", Finding.Kind.DATA_BALIKAN,
                        Finding.Severity.HIGH, Finding.Status.OPEN, LocalDate.of(2026, 5, 4))),
                List.of(new EvaluationFigures.MeasureRow("=Rumah Sakit Uji", "470/3/T/2025", LocalDate.of(2026, 5, 20),
                        "SUSPENDED", "Temuan #11: data balikan 41% setelah peringatan")));
    }

    @Test
    void thePdfSaysWhatTheGoldenTextSays() throws IOException {
        byte[] pdf = EvaluationDocuments.pdf(fixture(), indonesian(), Messages.INDONESIAN);
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertGolden("golden-evaluation-pdf.txt", ReportDocumentsGoldenTests.text(pdf));
    }

    @Test
    void theXlsxCellsAreTheGoldenCellsAndFormulaLikeTextStaysText() throws IOException {
        byte[] xlsx = EvaluationDocuments.xlsx(fixture(), indonesian());
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                cells.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                        if (cell.getCellType() == CellType.STRING
                                && id.gerbang.common.SpreadsheetText.formulaLike(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                        }
                        values.add(format.formatCellValue(cell));
                    }
                    cells.append(String.join(" | ", values)).append('\n');
                }
            }
        }
        assertGolden("golden-evaluation-xlsx.txt", cells.toString());
    }

    /** The fixture's first page as an image: {@code docs/evaluation-first-page.png} when screenshots are on. */
    @Test
    void theFirstPageRendersAsAnImage() throws IOException {
        byte[] pdf = EvaluationDocuments.pdf(fixture(), indonesian(), Messages.INDONESIAN);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 96);
            Path out = Path.of("target/evaluation-first-page.png");
            javax.imageio.ImageIO.write(image, "png", out.toFile());
            if ("true".equals(System.getenv("GERBANG_PORTAL_SCREENSHOTS"))) {
                Files.copy(out, Path.of("../docs/evaluation-first-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
