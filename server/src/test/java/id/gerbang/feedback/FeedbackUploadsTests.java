package id.gerbang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.feedback.internal.UploadProcessor;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data balikan by Excel upload through the module's API on both databases: good rows stored with
 * method EXCEL_UPLOAD and bad ones returned in an error workbook (cell marked, reason given); the
 * agreement's methods and kinds and the lookup window decide as for every method; a job cut off
 * after a batch and the same workbook uploaded again lose and duplicate nothing.
 */
@IntegrationTest
@Import(FeedbackArrangements.class)
class FeedbackUploadsTests {

    static final FeedbackObligations WITH_EXCEL = new FeedbackObligations(EnumSet.allOf(FeedbackKind.class),
            EnumSet.of(FeedbackMethod.WEB_SERVICE, FeedbackMethod.EXCEL_UPLOAD));

    @Autowired
    FeedbackArrangements fixtures;

    @Autowired
    FeedbackUploads uploads;

    @Autowired
    UploadProcessor processor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Upload finished(Arrangement a, Upload started) {
        return Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> uploads.find(a.agency(), started.id()).orElseThrow(), Upload::finished);
    }

    @Test
    void goodRowsAreStoredAndBadOnesComeBackMarkedInTheErrorWorkbook() throws Exception {
        Arrangement a = fixtures.arrange(WITH_EXCEL);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        String programme = fixtures.programme();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String[]> victims = List.of(
                UploadWorkbooks.victim(FeedbackArrangements.NADIA, "K-" + tag + "-1", "01-03-2026"),
                UploadWorkbooks.victim(FeedbackArrangements.HENDRA, "K-" + tag + "-2", "01-03-2026"),
                UploadWorkbooks.victim(FeedbackArrangements.NADIA, "K-" + tag + "-3", "31-02-2026"),
                new String[] {FeedbackArrangements.NADIA, "K-" + tag + "-4", "1", "999 - Tidak ada", "1", "01-03-2026",
                        "01-03-2026", "", "", ""},
                new String[] {FeedbackArrangements.NADIA, "=cmd|' /C calc'!A0", "==1+1", "1", "1", "01-03-2026",
                        "01-03-2026", "", "", ""});
        List<String[]> recipients = List.<String[]>of(
                new String[] {FeedbackArrangements.RATNA, "P-" + tag, programme + " - Program uji", "2026-03-01",
                        "Paket sembako", "250.000", ""});

        Upload started = uploads.start(a.agency(), a.userId(), "isian.xlsx",
                UploadWorkbooks.workbook(victims, recipients), Locale.forLanguageTag("id"));
        Upload done = finished(a, started);

        assertThat(done.failure()).isNull();
        assertThat(done.status()).isEqualTo(Upload.Status.DONE);
        assertThat(done.rowsTotal()).isEqualTo(6);
        assertThat(done.rowsDone()).isEqualTo(6);
        assertThat(done.accepted()).isEqualTo(2);
        assertThat(done.refused()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from feedback_record where agency_id = ? and method = 'EXCEL_UPLOAD'")
                .param(a.agency().value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select aid_amount from feedback_record where agency_id = ? and kind = 'PROGRAMME_RECIPIENT'")
                .param(a.agency().value()).query(Long.class).single()).isEqualTo(250_000L);

        byte[] errors = uploads.errorWorkbook(a.agency(), started.id()).orElseThrow();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            Sheet sheet = book.getSheet("Korban");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Kesalahan");
            Row hendra = row(sheet, 3);
            assertThat(hendra.getCell(11).getStringCellValue()).contains("NIK_NOT_LOOKED_UP");
            assertMarked(hendra.getCell(1));
            Row date = row(sheet, 4);
            assertThat(date.getCell(11).getStringCellValue()).startsWith("Tanggal Kejadian: bukan tanggal");
            assertMarked(date.getCell(6));
            Row code = row(sheet, 5);
            assertThat(code.getCell(11).getStringCellValue()).contains("Tempat Kejadian").contains("INVALID_RECORD");
            assertMarked(code.getCell(4));
            Row formula = row(sheet, 6);
            assertThat(formula.getCell(11).getStringCellValue()).contains("rumus tidak diterima");
            assertMarked(formula.getCell(3));
            // text a spreadsheet would take for a formula is written back as quote-prefixed text
            assertThat(formula.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(uploads.errorWorkbook(fixtures.arrange(WITH_EXCEL).agency(), started.id())).isEmpty();
        assertThat(uploads.find(fixtures.arrange(WITH_EXCEL).agency(), started.id())).isEmpty();
        assertThat(uploads.recent(a.agency(), 5)).extracting(Upload::id).contains(started.id());
    }

    private static Row row(Sheet sheet, int uploadRow) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && (int) row.getCell(0).getNumericCellValue() == uploadRow) {
                return row;
            }
        }
        throw new AssertionError("no error row for upload row " + uploadRow);
    }

    private static void assertMarked(Cell cell) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell.getCellComment()).isNotNull();
    }

    @Test
    void theAgreementsMethodsAndKindsAndTheWindowDecideAsForEveryMethod() {
        Arrangement withoutExcel = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(withoutExcel, FeedbackArrangements.NADIA, clock.instant());
        Arrangement programmesOnly = fixtures.arrange(new FeedbackObligations(EnumSet.of(FeedbackKind.PROGRAMME_RECIPIENT),
                EnumSet.of(FeedbackMethod.EXCEL_UPLOAD)));
        fixtures.lookedUp(programmesOnly, FeedbackArrangements.NADIA, clock.instant());
        Arrangement late = fixtures.arrange(WITH_EXCEL);
        fixtures.lookedUp(late, FeedbackArrangements.NADIA, clock.instant().minus(Duration.ofDays(91)));
        byte[] book = UploadWorkbooks.victims(List.<String[]>of(UploadWorkbooks.victim(FeedbackArrangements.NADIA, "K-1",
                "01-03-2026")));

        for (var c : List.of(new Object[] {withoutExcel, "METHOD_NOT_ALLOWED"}, new Object[] {programmesOnly, "KIND_NOT_ALLOWED"},
                new Object[] {late, "LOOKUP_WINDOW_PASSED"})) {
            Arrangement a = (Arrangement) c[0];
            Upload done = finished(a, uploads.start(a.agency(), a.userId(), "x.xlsx", book, Locale.ENGLISH));
            assertThat(done.refused()).as((String) c[1]).isEqualTo(1);
            assertThat(done.accepted()).isZero();
            String reasons = reasons(uploads.errorWorkbook(a.agency(), done.id()).orElseThrow());
            assertThat(reasons).contains((String) c[1]);
        }
    }

    private static String reasons(byte[] book) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            StringBuilder s = new StringBuilder();
            workbook.getSheetAt(0).forEach(r -> s.append(r.getCell(r.getLastCellNum() - 1).getStringCellValue()).append('\n'));
            return s.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWorkbookThatIsNotTheTemplateFailsAsAWholeAndAnOversizedOneIsRefused() {
        Arrangement a = fixtures.arrange(WITH_EXCEL);
        Upload done = finished(a, uploads.start(a.agency(), a.userId(), "x.xlsx", "not a workbook".getBytes(),
                Locale.ENGLISH));
        assertThat(done.status()).isEqualTo(Upload.Status.FAILED);
        assertThat(done.failure()).isEqualTo("NOT_A_WORKBOOK");
        assertThatThrownBy(() -> uploads.start(a.agency(), a.userId(), "x.xlsx", new byte[FeedbackUploads.MAX_BYTES + 1],
                Locale.ENGLISH)).hasMessageContaining("UPLOAD_TOO_LARGE");
    }

    /**
     * The restart case in-process: the job is cut off right after its first batch of 1,000 is
     * committed (as a kill -9 would leave it), then the same workbook is uploaded again.
     */
    @Test
    void aJobCutOffAfterABatchAndTheSameWorkbookAgainLoseAndDuplicateNothing() {
        Arrangement a = fixtures.arrange(WITH_EXCEL);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(UploadWorkbooks.victim(FeedbackArrangements.NADIA, "R-" + i, "01-03-2026"));
        }
        byte[] book = UploadWorkbooks.victims(rows);
        String first = UUID.randomUUID().toString();
        jdbc.sql("insert into feedback_upload (upload_id, agency_id, user_id, file_name, language, status, rows_total, rows_done, "
                + "accepted, duplicates, refused, created_at) values (?, ?, ?, 'x.xlsx', 'id', 'QUEUED', 0, 0, 0, 0, 0, ?)")
                .params(first, a.agency().value(), a.userId(), Instant.now().atOffset(java.time.ZoneOffset.UTC)).update();

        assertThatThrownBy(() -> processor.process(first, a.agency().value(), a.userId(), book, Locale.ENGLISH, done -> {
            throw new IllegalStateException("killed after " + done + " rows");
        })).hasMessageContaining("killed after 1000 rows");
        assertThat(stored(a)).isEqualTo(1_000);

        Upload again = finished(a, uploads.start(a.agency(), a.userId(), "x.xlsx", book, Locale.ENGLISH));
        assertThat(again.accepted()).isEqualTo(1_500);
        assertThat(again.duplicates()).isEqualTo(1_000);
        assertThat(again.refused()).isZero();
        assertThat(stored(a)).isEqualTo(2_500);
        assertThat(jdbc.sql("select count(distinct case_reference) from feedback_record where agency_id = ? and version = 1")
                .param(a.agency().value()).query(Integer.class).single()).isEqualTo(2_500);
    }

    private int stored(Arrangement a) {
        return jdbc.sql("select count(*) from feedback_record where agency_id = ?").param(a.agency().value())
                .query(Integer.class).single();
    }
}
