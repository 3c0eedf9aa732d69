package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.common.Roles;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.SemesterReport;
import id.gerbang.report.SemesterReports;
import static id.gerbang.report.SemesterReportsTestsAccess.statementPdf;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The semester report's portal pages over HTTP: the agency administrator opens the current report,
 * saves its statements, is told what is missing when it submits too early, submits; the registry
 * administrator sees it in the list, cannot return it without notes, returns it with notes; the agency
 * sees the notes, submits the second version, and the registry accepts it. The overdue list opens.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class})
class ReportPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    SemesterReports reports;

    @Test
    void returnedOnceThenAcceptedThroughThePages() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        PortalHttp session = new PortalHttp(port);
        session.signIn(admin.user(), admin.password());

        HttpResponse<String> opened = session.post("/portal/admin/reports/current", "");
        assertThat(opened.statusCode()).isEqualTo(302);
        String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(session.get(page).body()).contains("id=\"report-form\"", "id=\"figure-calls\"", "id=\"storage\"");

        HttpResponse<String> early = session.post(page + "/submit", "");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("Laporan belum lengkap", "aria-invalid=\"true\"");

        HttpResponse<String> saved = session.post(page, "storage=" + PortalHttp.encode("NIK hanya di aplikasi kasus.")
                + "&dissemination=" + PortalHttp.encode("Tidak ada.") + "&incidents=" + PortalHttp.encode("Tidak ada."));
        assertThat(saved.statusCode()).isEqualTo(302);
        Actor actor = new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id());
        reports.attachStatement(actor, id, "pernyataan.pdf",
                new ByteArrayInputStream(statementPdf()));
        assertThat(session.post(page + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("/versions/1/pdf", "/versions/1/xlsx");
        HttpResponse<String> pdf = session.get(page + "/versions/1/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

        AccountFixtures.Login registryLogin = fixtures.registryAdmin();
        PortalHttp registry = new PortalHttp(port);
        registry.signIn(registryLogin.user(), registryLogin.password());
        assertThat(registry.get("/portal/registry/reports").body()).contains("/portal/registry/reports/" + id + "\"");
        String review = "/portal/registry/reports/" + id;
        assertThat(registry.get(review).body()).contains("id=\"decision-form\"", "NIK hanya di aplikasi kasus.");
        HttpResponse<String> noNotes = registry.post(review + "/return", "notes=");
        assertThat(noNotes.statusCode()).isEqualTo(422);
        assertThat(registry.post(review + "/return", "notes=" + PortalHttp.encode("Uraikan lokasi server."))
                .statusCode()).isEqualTo(302);

        assertThat(session.get(page).body()).contains("id=\"returned-notes\"", "Uraikan lokasi server.");
        session.post(page, "storage=" + PortalHttp.encode("NIK hanya di aplikasi kasus, server di ruang data dinas.")
                + "&dissemination=" + PortalHttp.encode("Tidak ada.") + "&incidents=" + PortalHttp.encode("Tidak ada."));
        assertThat(session.post(page + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(registry.post(review + "/accept", "notes=").statusCode()).isEqualTo(302);

        SemesterReport done = reports.find(actor, id);
        assertThat(done.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(done.versions()).hasSize(2);
        assertThat(registry.get("/portal/registry/reports/overdue").statusCode()).isEqualTo(200);
        assertThat(session.get("/portal/admin/reports").body()).contains("/portal/admin/reports/" + id + "\"");
    }
}
