package id.gerbang.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.common.Messages;
import id.gerbang.report.AgencyStatements;
import id.gerbang.report.ReportFigures;
import id.gerbang.report.Semester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Golden tests of the semester report's documents for a fixed data set: the text extracted from the
 * PDF and every cell of the XLSX annex are compared with {@code src/test/resources/report/golden-*.txt}.
 * Set {@code -Dgerbang.golden.write=true} to write the files anew after a deliberate change, then
 * read the difference before committing it.
 */
class ReportDocumentsGoldenTests {

    static final Path GOLDEN = Path.of("src/test/resources/report");

    /** A fixed semester of a synthetic agency: 2026-1 up to 2026-03-31, four users, two channels. */
    static ReportFigures fixture() {
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        months.put(YearMonth.of(2026, 1), 120L);
        months.put(YearMonth.of(2026, 2), 95L);
        months.put(YearMonth.of(2026, 3), 140L);
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        days.put(LocalDate.of(2026, 1, 5), 60L);
        days.put(LocalDate.of(2026, 1, 6), 60L);
        days.put(LocalDate.of(2026, 2, 10), 95L);
        days.put(LocalDate.of(2026, 3, 31), 140L);
        TreeMap<String, Long> users = new TreeMap<>();
        users.put("dinas.uji.operator", 80L);
        users.put("dinas.uji.service", 260L);
        users.put("=HYPERLINK(\"x\")", 15L);
        TreeMap<String, Long> channels = new TreeMap<>();
        channels.put("WEB_PORTAL", 95L);
        channels.put("WEB_SERVICE_COMPATIBLE", 260L);
        TreeMap<String, Long> outcomes = new TreeMap<>();
        outcomes.put("FOUND", 300L);
        outcomes.put("NOT_FOUND", 40L);
        outcomes.put("QUOTA_EXCEEDED", 15L);
        TreeMap<String, Long> elements = new TreeMap<>();
        elements.put("NAMA_LGKP", 300L);
        elements.put("NIK", 300L);
        elements.put("TGL_LHR", 210L);
        return new ReportFigures(7, "Dinas Uji Sintetis", new Semester(2026, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                new ReportFigures.Checkpoint(42, 123_456, "267352e3981bb1ec6a49a294048218516ab87d6fb3d2aeff189b42090f869f5f",
                        Instant.parse("2026-03-31T10:00:00Z"), "9f0c1d2e3f405162"),
                355, 300, 55, months, days, users, channels, outcomes, elements,
                List.of(new ReportFigures.QuotaUse(70, 1000, 355, 140, 0)),
                List.of(new ReportFigures.Compliance(YearMonth.of(2026, 1), 10, 8, 0.8),
                        new ReportFigures.Compliance(YearMonth.of(2026, 2), 4, 4, 1.0)));
    }

    static ReportDocuments.Cover cover() {
        return new ReportDocuments.Cover(2, "dinas.uji.admin", Instant.parse("2026-04-02T03:00:00Z"),
                new AgencyStatements("NIK disimpan hanya di aplikasi kasus, server di ruang data dinas.",
                        "Tidak ada diseminasi ke pihak ketiga.", "-Tidak ada insiden."),
                "pernyataan-kepala-dinas.pdf", "ab".repeat(32));
    }

    static BiFunction<String, Object[], String> indonesian() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/report");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return (key, args) -> source.getMessage(key, args.length == 0 ? null : args, Messages.INDONESIAN);
    }

    @Test
    void thePdfSaysWhatTheGoldenTextSays() throws IOException {
        byte[] pdf = ReportPdf.render(fixture(), cover(), indonesian(), Messages.INDONESIAN);
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf[pdf.length - 1]).isEqualTo((byte) '\n');
        assertGolden("golden-report-pdf.txt", text(pdf));
    }

    @Test
    void theXlsxCellsAreTheGoldenCellsAndFormulaLikeTextStaysText() throws IOException {
        byte[] xlsx = ReportXlsx.render(fixture(), cover(), indonesian());
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
        assertGolden("golden-report-xlsx.txt", cells.toString());
    }

    /**
     * Renders the fixture's first page (PDFBox, test only) to {@code target/report-first-page.png}, and to
     * {@code docs/report-first-page.png} when {@code GERBANG_PORTAL_SCREENSHOTS=true}.
     */
    @Test
    void theFirstPageRendersAsAnImage() throws IOException {
        byte[] pdf = ReportPdf.render(fixture(), cover(), indonesian(), Messages.INDONESIAN);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 96);
            assertThat(image.getWidth()).isGreaterThan(700);
            Path out = Path.of("target/report-first-page.png");
            javax.imageio.ImageIO.write(image, "png", out.toFile());
            if ("true".equals(System.getenv("GERBANG_PORTAL_SCREENSHOTS"))) {
                Files.copy(out, Path.of("../docs/report-first-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append("--- page ").append(page).append('\n').append(extractor.getTextFromPage(page).strip())
                    .append('\n');
        }
        reader.close();
        return text.toString();
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("gerbang.golden.write") || !Files.exists(file)) {
            Files.writeString(file, actual);
        }
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
