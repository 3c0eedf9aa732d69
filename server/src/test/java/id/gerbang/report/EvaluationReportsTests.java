package id.gerbang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.Actor;
import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The evaluation report produced on the test database: the PDF names the agency, its finding and the
 * suspension resting on it; both files verify against the registry's public key and fail when one byte
 * changes; only a registry administrator produces it.
 */
@IntegrationTest
@Import(AccessArrangements.class)
class EvaluationReportsTests {

    @Autowired EvaluationReports evaluations;
    @Autowired Findings findings;
    @Autowired Compliance compliance;
    @Autowired AccessArrangements arrangements;
    @Autowired DocumentSignatures signatures;
    @Autowired Clock clock;

    @Test
    void theSignedEvaluationVerifiesAndOneChangedByteFails(@TempDir Path dir) throws Exception {
        AccessArrangements.Arrangement a = arrangements.arrange();
        Actor registry = new Actor("registry.eval", Roles.REGISTRY_ADMIN, null);
        Finding finding = findings.recordOnAgency(registry, a.agency(), new Findings.Draft(Finding.Kind.STORAGE,
                Finding.Severity.HIGH, "NIK disimpan di spreadsheet bersama.", null, "Hapus salinan."));
        compliance.act(registry, a.agreement(), Compliance.Measure.SUSPEND, finding.id(), "Penyimpanan di luar PKS.");
        Semester semester = Semester.of(JakartaTime.today(clock));

        ReportDocument pdf = evaluations.produce(registry, semester, ReportDocument.Kind.PDF);
        ReportDocument xlsx = evaluations.produce(registry, semester, ReportDocument.Kind.XLSX);
        assertThat(pdf.fileName()).isEqualTo("evaluasi-semester-" + semester + ".pdf");
        String text = id.gerbang.report.internal.ReportDocumentsGoldenTestsAccess.text(pdf.content());
        assertThat(text).contains("Laporan Hasil Evaluasi", "Temuan #" + finding.id() + ": Penyimpanan di luar PKS.",
                "Penyimpanan data di luar PKS");

        Path key = dir.resolve("registry.pub.pem");
        Files.writeString(key, signatures.publicKeyPem());
        PublicKey publicKey = DocumentSignatures.readPublicKey(key);
        Map<String, PublicKey> trusted = Map.of(DocumentSignatures.keyId(publicKey), publicKey);
        for (ReportDocument d : new ReportDocument[] {pdf, xlsx}) {
            SignedReportFiles.Verification check = SignedReportFiles.verify(d.content(), trusted);
            assertThat(check.ok()).as(d.fileName()).isTrue();
            assertThat(check.fields()).containsEntry("semester", semester.toString()).containsEntry("agencyId", "all");
            byte[] altered = d.content().clone();
            altered[altered.length / 3] ^= 1;
            assertThat(SignedReportFiles.verify(altered, trusted).ok()).as(d.fileName() + " altered").isFalse();
        }
        assertThat(SignedReportFiles.verify(pdf.content(), trusted).fields().get("document")).isEqualTo("evaluation-report.pdf");

        assertThatThrownBy(() -> evaluations.produce(new Actor("auditor", Roles.REGISTRY_AUDITOR, null), semester,
                ReportDocument.Kind.PDF)).isInstanceOf(GerbangException.class);
        assertThatThrownBy(() -> evaluations.produce(registry, new Semester(2999, 1), ReportDocument.Kind.PDF))
                .isInstanceOf(GerbangException.class);
    }
}
