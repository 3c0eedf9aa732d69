package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.common.Roles;
import id.gerbang.report.Finding;
import id.gerbang.report.Findings;
import id.gerbang.report.SemesterReports;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The registry's findings on a semester report over HTTP: the registry administrator is told what is
 * missing or wrong (a link that is not a registry console page), records a finding, closes it with its
 * follow-up; the auditor reads the findings with no form on the page and is refused every change; the
 * agency's administrator never opens the registry's page.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class})
class FindingPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SemesterReports reports;
    @Autowired
    Findings findings;

    @Test
    void theRegistryAdministratorRecordsAndClosesAFindingTheAuditorOnlyReadsIt() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        long reportId = reports.current(new Actor(agencyAdmin.user(), Roles.AGENCY_ADMIN, agency.id())).id();
        String page = "/portal/registry/reports/" + reportId;

        AccountFixtures.Login registryLogin = fixtures.registryAdmin();
        PortalHttp registry = new PortalHttp(port);
        registry.signIn(registryLogin.user(), registryLogin.password());
        assertThat(registry.get(page).body()).contains("id=\"findings-none\"", "id=\"finding-form\"");

        HttpResponse<String> wrong = registry.post(page + "/findings", "kind=&severity=HIGH&evidence=&evidenceLink="
                + PortalHttp.encode("https://contoh.example/log") + "&followUp=");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"error-summary\"", "href=\"#kind\"", "href=\"#evidence\"",
                "href=\"#evidenceLink\"").doesNotContain("href=\"#severity\"");

        String link = "/portal/registry/log?agency=" + agency.id().value() + "&from=2026-07-01";
        HttpResponse<String> recorded = registry.post(page + "/findings", "kind=DATA_BALIKAN&severity=HIGH&evidence="
                + PortalHttp.encode("Kepatuhan data balikan 41% (Juli-September).") + "&evidenceLink="
                + PortalHttp.encode(link) + "&followUp=" + PortalHttp.encode("Kirim data balikan yang tertunda dalam 14 hari."));
        assertThat(recorded.statusCode()).isEqualTo(302);
        List<Finding> listed = findings.ofReport(new Actor(registryLogin.user(), Roles.REGISTRY_ADMIN, null), reportId);
        assertThat(listed).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.DATA_BALIKAN);
            assertThat(f.evidenceLink()).isEqualTo(link);
            assertThat(f.open()).isTrue();
            assertThat(f.agencyId()).isEqualTo(agency.id().value());
        });
        long findingId = listed.getFirst().id();
        assertThat(registry.get(page).body()).contains("id=\"finding-" + findingId + "\"", "Kepatuhan data balikan 41%",
                "Data balikan tidak dikirim", "id=\"finding-form-" + findingId + "\"");

        AccountFixtures.Login auditor = accounts.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        PortalHttp reader = new PortalHttp(port);
        reader.signIn(auditor.user(), auditor.password());
        HttpResponse<String> read = reader.get(page);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("id=\"finding-" + findingId + "\"", "Kepatuhan data balikan 41%")
                .doesNotContain("finding-form").doesNotContain("id=\"finding-new\"").doesNotContain("/findings");
        assertThat(reader.post(page + "/findings", "kind=OTHER&severity=LOW&evidence=x").statusCode()).isEqualTo(403);
        assertThat(reader.post("/portal/registry/findings/" + findingId, "followUp=x&status=CLOSED").statusCode())
                .isEqualTo(403);

        PortalHttp agencySession = new PortalHttp(port);
        agencySession.signIn(agencyAdmin.user(), agencyAdmin.password());
        assertThat(agencySession.get(page).statusCode()).isEqualTo(403);

        assertThat(registry.post("/portal/registry/findings/" + findingId, "status=CLOSED&followUp="
                + PortalHttp.encode("Data balikan diterima 2026-10-20.")).statusCode()).isEqualTo(302);
        Finding closed = findings.find(new Actor(auditor.user(), Roles.REGISTRY_AUDITOR, null), findingId);
        assertThat(closed.status()).isEqualTo(Finding.Status.CLOSED);
        assertThat(closed.followUp()).isEqualTo("Data balikan diterima 2026-10-20.");
        assertThat(closed.updatedBy()).isEqualTo(registryLogin.user());
    }
}
