package id.gerbang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.Actor;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import id.gerbang.report.internal.Figures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The semester report's whole flow through the module's API, on the test database: figures from the
 * access log up to a signed checkpoint, completion, the signed statement (refused when it is not a
 * PDF), submission with signed documents, a return with notes, the second version, acceptance; and
 * another agency's administrator sees none of it.
 */
@IntegrationTest
@Import(AccessArrangements.class)
class SemesterReportsTests {

    @Autowired
    SemesterReports reports;
    @Autowired
    AccessArrangements arrangements;
    @Autowired
    AccessLog log;
    @Autowired
    DocumentSignatures signatures;
    @Autowired
    Figures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static final AgencyStatements STATEMENTS = new AgencyStatements(
            "NIK hanya disimpan di aplikasi kasus dinas; tidak ada salinan data kependudukan lain.",
            "Tidak ada diseminasi ke pihak lain.", "Tidak ada insiden.");

    @Test
    void returnedOnceWithNotesThenAcceptedWithEveryVersionKeptAndSigned(@TempDir Path dir) throws Exception {
        AccessArrangements.Arrangement a = arrangements.arrange();
        Actor admin = new Actor("admin." + a.agencyCode().toLowerCase(), Roles.AGENCY_ADMIN, a.agency());
        Actor registry = new Actor("registry.admin", Roles.REGISTRY_ADMIN, null);
        call(a, AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOutcome.FOUND, List.of("NIK", "NAMA_LGKP"));
        call(a, AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOutcome.FOUND, List.of("NIK", "NAMA_LGKP"));
        call(a, AccessChannel.WEB_PORTAL, AccessOutcome.NOT_FOUND, List.of());

        SemesterReport opened = reports.current(admin);
        assertThat(opened.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.current(admin).id()).isEqualTo(opened.id());
        assertThatThrownBy(() -> reports.submit(admin, opened.id()))
                .isInstanceOfSatisfying(GerbangException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ReportError.REPORT_INCOMPLETE));
        reports.complete(admin, opened.id(), STATEMENTS);
        assertThatThrownBy(() -> reports.attachStatement(admin, opened.id(), "x.pdf",
                new ByteArrayInputStream("<html>%PDF-1.4</html>".getBytes())))
                .isInstanceOfSatisfying(GerbangException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ReportError.STATEMENT_NOT_PDF));
        reports.attachStatement(admin, opened.id(), "../Surat Pernyataan.pdf", new ByteArrayInputStream(STATEMENT_PDF));

        SemesterReport submitted = reports.submit(admin, opened.id());
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.current().statementFile()).isEqualTo("Surat_Pernyataan.pdf");
        assertThatThrownBy(() -> reports.complete(admin, opened.id(), STATEMENTS))
                .isInstanceOfSatisfying(GerbangException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ReportError.REPORT_NOT_EDITABLE));
        assertThatThrownBy(() -> reports.accept(admin, opened.id(), null)).isInstanceOf(GerbangException.class);

        SemesterReport returned = reports.returnWithNotes(registry, opened.id(), "Lengkapi uraian penyimpanan.");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        reports.complete(admin, opened.id(), new AgencyStatements(STATEMENTS.storage() + " Server di ruang data.",
                STATEMENTS.dissemination(), STATEMENTS.incidents()));
        SemesterReport second = reports.submit(admin, opened.id());
        SemesterReport accepted = reports.accept(registry, opened.id(), null);

        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.versions()).hasSize(2);
        ReportVersion first = accepted.versions().getFirst();
        assertThat(first.decision()).isEqualTo(ReportStatus.RETURNED);
        assertThat(first.notes()).isEqualTo("Lengkapi uraian penyimpanan.");
        assertThat(first.statements()).isEqualTo(STATEMENTS);
        ReportVersion last = accepted.versions().getLast();
        assertThat(last.version()).isEqualTo(2);
        assertThat(last.decision()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(last.statements().storage()).endsWith("Server di ruang data.");
        assertThat(last.statementFile()).isEqualTo("Surat_Pernyataan.pdf");
        assertThat(second.current().checkpointSequence()).isNotNull();

        Path key = dir.resolve("registry.pub.pem");
        Files.writeString(key, signatures.publicKeyPem());
        PublicKey publicKey = DocumentSignatures.readPublicKey(key);
        Map<String, PublicKey> trusted = Map.of(DocumentSignatures.keyId(publicKey), publicKey);
        for (int version = 1; version <= 2; version++) {
            ReportDocument pdf = reports.document(admin, opened.id(), version, ReportDocument.Kind.PDF);
            ReportDocument xlsx = reports.document(registry, opened.id(), version, ReportDocument.Kind.XLSX);
            SignedReportFiles.Verification pdfCheck = SignedReportFiles.verify(pdf.content(), trusted);
            assertThat(pdfCheck.ok()).as(pdfCheck.reason()).isTrue();
            assertThat(pdfCheck.fields()).containsEntry("agencyId", Long.toString(a.agency().value()))
                    .containsEntry("version", Integer.toString(version))
                    .containsEntry("document", "semester-report.pdf");
            assertThat(SignedReportFiles.verify(xlsx.content(), trusted).ok()).isTrue();
            Map<String, String> summary = summary(xlsx.content());
            assertThat(summary).containsEntry("Jumlah akses", "3").containsEntry("Dijawab dengan data", "2")
                    .containsEntry("Versi", Integer.toString(version))
                    .containsEntry("Entri terakhir log akses", pdfCheck.fields().get("checkpointSequence"));
            Path file = dir.resolve("v" + version + ".pdf");
            Files.write(file, pdf.content());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(VerifyReportCommand.check(file, List.of(key.toString()), new java.io.PrintStream(out)))
                    .isZero();
        }
        assertThat(reports.document(registry, opened.id(), 1, ReportDocument.Kind.STATEMENT).content())
                .isEqualTo(STATEMENT_PDF);
        assertThat(jdbc.sql("select count(*) from audit_admin_log where subject_type = 'semester-report' "
                + "and subject_id = ?").param(Long.toString(opened.id())).query(Long.class).single()).isGreaterThanOrEqualTo(7);
        assertThat(reports.list(registry, ReportStatus.ACCEPTED)).extracting(SemesterReport::id).contains(opened.id());
    }

    @Test
    void anotherAgencysAdministratorSeesNothingOfIt() {
        AccessArrangements.Arrangement a = arrangements.arrange();
        AccessArrangements.Arrangement b = arrangements.arrange();
        Actor adminA = new Actor("admin.a", Roles.AGENCY_ADMIN, a.agency());
        Actor adminB = new Actor("admin.b", Roles.AGENCY_ADMIN, b.agency());
        long id = reports.current(adminA).id();
        assertThatThrownBy(() -> reports.find(adminB, id)).isInstanceOfSatisfying(GerbangException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ReportError.REPORT_NOT_FOUND));
        assertThatThrownBy(() -> reports.complete(adminB, id, STATEMENTS)).isInstanceOf(GerbangException.class);
        assertThatThrownBy(() -> reports.document(adminB, id, 1, ReportDocument.Kind.STATEMENT))
                .isInstanceOf(GerbangException.class);
        assertThat(reports.list(adminB, null)).extracting(SemesterReport::id).doesNotContain(id);
        assertThatThrownBy(() -> reports.overdue(adminA)).isInstanceOf(GerbangException.class);
    }

    @Test
    void figuresStopAtTheCheckpoint() {
        AccessArrangements.Arrangement a = arrangements.arrange();
        call(a, AccessChannel.WEB_SERVICE_V1, AccessOutcome.FOUND, List.of("NIK"));
        DocumentSignatures.AccessCheckpoint checkpoint = signatures.checkpointAccessLog();
        call(a, AccessChannel.WEB_SERVICE_V1, AccessOutcome.FOUND, List.of("NIK"));
        Semester semester = Semester.of(id.gerbang.common.JakartaTime.today(clock));
        ReportFigures f = figures.compute(a.agency().value(), semester, id.gerbang.common.JakartaTime.today(clock),
                checkpoint);
        assertThat(f.calls()).isEqualTo(1);
        assertThat(f.elements()).containsEntry("NIK", 1L);
        assertThat(f.perChannel()).containsEntry("WEB_SERVICE_V1", 1L);
        assertThat(f.perUser()).containsEntry(a.userId(), 1L);
        assertThat(f.checkpoint().lastSequence()).isEqualTo(checkpoint.lastSequence());
    }

    private void call(AccessArrangements.Arrangement a, AccessChannel channel, AccessOutcome outcome,
            List<String> elements) {
        log.record(AccessLogEntry.builder(channel, AccessOperation.LOOKUP, outcome)
                .agencyId(a.agency().value()).agreementId(a.agreement().value()).userId(a.userId())
                .nik("3204104501900003").sourceIp("127.0.0.1").elements(elements).build());
    }

    static final byte[] STATEMENT_PDF = pdf();

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Surat pernyataan pimpinan lembaga (uji)"));
        document.close();
        return out.toByteArray();
    }

    static Map<String, String> summary(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (Row row : sheet) {
                values.put(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(1)));
            }
            return values;
        }
    }
}
