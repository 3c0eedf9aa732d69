package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.common.Roles;
import id.gerbang.report.AgencyStatements;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.SemesterReports;
import id.gerbang.report.SemesterReportsTestsAccess;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The semester report in a real browser: the agency administrator opens this semester's report, is
 * told what is missing, completes it with the signed statement uploaded from a file and submits it;
 * the registry administrator returns a submitted report with notes. Writes the screenshots
 * {@code report-*-{id,en}.png}.
 */
class ReportBrowserTests extends BrowserTest {

    @Autowired PortalFixtures fixtures;
    @Autowired SemesterReports reports;

    @Test
    void theAgencyAdministratorCompletesAndSubmitsTheReport() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        signIn(admin.user(), admin.password());
        open("/portal/admin/reports");
        send(By.cssSelector("#open-current button[type=submit]"));
        assertThat(path()).startsWith("/portal/admin/reports/");
        send(By.cssSelector("#submit-form button[type=submit]"));
        assertThat(text(By.id("error-summary"))).contains("Laporan belum lengkap");
        type(By.id("storage"), "NIK hanya disimpan di aplikasi kasus dinas; server di ruang data dinas.");
        type(By.id("dissemination"), "Tidak ada diseminasi ke pihak lain.");
        type(By.id("incidents"), "Tidak ada insiden.");
        Path statement = Files.createTempFile("pernyataan", ".pdf");
        Files.write(statement, SemesterReportsTestsAccess.statementPdf());
        browser().findElement(By.id("statement")).sendKeys(statement.toString());
        Browser.document("report-form", "id");
        send(By.cssSelector("#report-form button[type=submit]"));
        assertThat(text(By.id("notice"))).contains("Laporan tersimpan");
        send(By.cssSelector("#submit-form button[type=submit]"));
        assertThat(text(By.id("report-status"))).isEqualTo("Dikirim");
        assertThat(browser().findElements(By.cssSelector("#report-versions a[href$='/versions/1/pdf']"))).hasSize(1);
        Browser.document("report-submitted", "id");
        language("en");
        assertThat(text(By.id("report-status"))).isEqualTo("Submitted");
        Browser.document("report-submitted", "en");
        open("/portal/admin/reports");
        Browser.document("report-list", "en");
        Files.delete(statement);
    }

    @Test
    void theRegistryAdministratorReturnsAReportWithNotes() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        Actor actor = new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id());
        long id = reports.current(actor).id();
        reports.complete(actor, id, new AgencyStatements("NIK hanya di aplikasi kasus.", "Tidak ada.", "Tidak ada."));
        reports.attachStatement(actor, id, "pernyataan.pdf",
                new ByteArrayInputStream(SemesterReportsTestsAccess.statementPdf()));
        reports.submit(actor, id);

        AccountFixtures.Login registry = fixtures.registryAdmin();
        signIn(registry.user(), registry.password());
        open("/portal/registry/reports");
        Browser.document("report-registry-list", "id");
        open("/portal/registry/reports/" + id);
        send(By.id("return-button"));
        assertThat(text(By.id("error-summary"))).contains("Catatan pengembalian wajib diisi");
        type(By.id("notes"), "Uraikan lokasi server dan siapa yang dapat mengaksesnya.");
        Browser.document("report-registry-review", "id");
        send(By.id("return-button"));
        assertThat(text(By.id("report-status"))).isEqualTo("Dikembalikan");
        assertThat(text(By.id("report-versions"))).contains("Uraikan lokasi server");
        assertThat(reports.find(actor, id).status()).isEqualTo(ReportStatus.RETURNED);
        open("/portal/registry/reports/overdue");
        Browser.document("report-overdue", "id");
    }
}
