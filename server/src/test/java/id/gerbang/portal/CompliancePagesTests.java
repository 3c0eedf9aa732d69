package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Messages;
import id.gerbang.common.Roles;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import id.gerbang.report.AgencyCompliance;
import id.gerbang.report.Compliance;
import id.gerbang.report.ComplianceLevel;
import id.gerbang.report.Finding;
import id.gerbang.report.Findings;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The compliance status over HTTP: an agency without problems is compliant, one open finding makes it
 * need attention, an open finding of high severity makes it not compliant; the registry administrator
 * warns it (the agency's administrators get the notification), suspends its agreement on the finding
 * (the finding's number in the agreement's recorded reason; a finding of another agency is refused) and
 * reinstates it; the auditor reads both pages without any form and is refused every action; an agency
 * administrator opens neither.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class})
class CompliancePagesTests {

    static final List<String> CONTROLS = List.of("warn-form", "measure-form", "resume-form", "finding-form",
            "id=\"finding-new\"", "/warn", "/measure", "/resume");

    @LocalServerPort
    int port;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Compliance compliance;
    @Autowired
    Findings findings;
    @Autowired
    Agreements agreements;
    @Autowired
    Inbox inbox;
    @Autowired
    java.time.Clock clock;

    @Test
    void levelsWarningSuspensionOnAFindingAndReinstatement() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        PortalFixtures.Agency other = fixtures.agency();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        AccountFixtures.Login registryLogin = fixtures.registryAdmin();
        Actor registryActor = new Actor(registryLogin.user(), Roles.REGISTRY_ADMIN, null);
        String page = "/portal/registry/compliance/" + agency.id().value();
        assertThat(compliance.of(registryActor, agency.id()).level()).isEqualTo(ComplianceLevel.COMPLIANT);

        PortalHttp registry = new PortalHttp(port);
        registry.signIn(registryLogin.user(), registryLogin.password());
        assertThat(registry.post(page + "/findings", "kind=LATE_REPORT&severity=MEDIUM&evidence="
                + PortalHttp.encode("Laporan semester 1 belum dikirim.")).statusCode()).isEqualTo(302);
        assertThat(compliance.of(registryActor, agency.id()).level()).isEqualTo(ComplianceLevel.ATTENTION);
        Finding high = findings.recordOnAgency(registryActor, agency.id(), new Findings.Draft(Finding.Kind.DISSEMINATION,
                Finding.Severity.HIGH, "Data diteruskan ke pihak ketiga tanpa dasar.", null, "Hentikan diseminasi."));
        Finding otherFinding = findings.recordOnAgency(registryActor, other.id(), new Findings.Draft(Finding.Kind.OTHER,
                Finding.Severity.LOW, "Lain.", null, ""));
        AgencyCompliance status = compliance.of(registryActor, agency.id());
        assertThat(status.level()).isEqualTo(ComplianceLevel.NON_COMPLIANT);
        assertThat(status.openFindings()).isEqualTo(2);
        assertThat(status.openAnomalies()).isZero();

        HttpResponse<String> list = registry.get("/portal/registry/compliance");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"agency-" + agency.id().value() + "\"", "Tidak patuh");
        assertThat(registry.get(page).body()).contains("id=\"warn-form\"",
                "id=\"measure-form-" + agency.agreement().value() + "\"");

        assertThat(registry.post(page + "/warn", "").statusCode()).isEqualTo(302);
        List<InboxMessage> warned = inbox.messages(agencyAdmin.userId(), Messages.INDONESIAN, 10);
        assertThat(warned).filteredOn(m -> m.kind() == NotificationKind.COMPLIANCE_WARNING).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("tidak patuh", "temuan evaluasi yang belum selesai: 2"));
        assertThat(inbox.messages(agencyAdmin.userId(), Locale.ENGLISH, 1).getFirst().subject())
                .startsWith("Compliance warning from the registry");

        String measure = page + "/agreements/" + agency.agreement().value() + "/measure";
        HttpResponse<String> foreign = registry.post(measure, "measure=SUSPEND&findingId=" + otherFinding.id() + "&note=x");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("id=\"error-summary\"");
        assertThat(registry.post(measure, "measure=SUSPEND&findingId=" + high.id() + "&note="
                + PortalHttp.encode("Diseminasi tanpa dasar.")).statusCode()).isEqualTo(302);
        assertThat(agreements.find(agency.agreement()).orElseThrow().status()).isEqualTo(AgreementStatus.SUSPENDED);
        AgreementStatusChange change = agreements.history(agency.agreement()).statusChanges().getLast();
        assertThat(change.reason()).isEqualTo("Temuan #" + high.id() + ": Diseminasi tanpa dasar.");
        assertThat(change.actor()).isEqualTo(registryLogin.user());
        assertThat(registry.get(page).body()).contains("id=\"resume-form-" + agency.agreement().value() + "\"");

        AccountFixtures.Login auditor = accounts.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        PortalHttp reader = new PortalHttp(port);
        reader.signIn(auditor.user(), auditor.password());
        for (String path : List.of("/portal/registry/compliance", page)) {
            HttpResponse<String> read = reader.get(path);
            assertThat(read.statusCode()).as(path).isEqualTo(200);
            assertThat(CONTROLS).as(path).noneMatch(read.body()::contains);
        }
        for (String post : List.of(page + "/warn", measure, page + "/agreements/" + agency.agreement().value() + "/resume",
                page + "/findings")) {
            assertThat(reader.post(post, "note=x&findingId=" + high.id() + "&kind=OTHER&severity=LOW&evidence=x")
                    .statusCode()).as(post).isEqualTo(403);
        }
        PortalHttp agencySession = new PortalHttp(port);
        agencySession.signIn(agencyAdmin.user(), agencyAdmin.password());
        assertThat(agencySession.get("/portal/registry/compliance").statusCode()).isEqualTo(403);
        assertThat(agencySession.get(page).statusCode()).isEqualTo(403);

        String resume = page + "/agreements/" + agency.agreement().value() + "/resume";
        assertThat(registry.post(resume, "note=").statusCode()).isEqualTo(422);
        assertThat(registry.post(resume, "note=" + PortalHttp.encode("Diseminasi dihentikan, temuan ditutup."))
                .statusCode()).isEqualTo(302);
        assertThat(agreements.find(agency.agreement()).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void theRegistryAdministratorDownloadsTheSignedEvaluationReport() throws Exception {
        AccountFixtures.Login registryLogin = fixtures.registryAdmin();
        PortalHttp registry = new PortalHttp(port);
        registry.signIn(registryLogin.user(), registryLogin.password());
        HttpResponse<String> page = registry.get("/portal/registry/evaluation");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"evaluation-form\"");
        String semester = id.gerbang.report.Semester.of(id.gerbang.common.JakartaTime.today(clock))
                .toString();
        HttpResponse<String> pdf = registry.post("/portal/registry/evaluation/pdf", "semester=" + semester);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("evaluasi-semester-" + semester + ".pdf");
        HttpResponse<String> xlsx = registry.post("/portal/registry/evaluation/xlsx", "semester=" + semester);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(registry.post("/portal/registry/evaluation/pdf", "semester=kemarin").statusCode()).isEqualTo(422);
    }

    /**
     * The monitoring dashboard's compliance panel: the counts per level are the compliance page's, and
     * an agency with an open finding is listed, with its reason and a link to its compliance page, in
     * the compliance page's order (tests share the database, so the test compares with the status as
     * the report module computes it); the auditor sees the panel too.
     */
    @Test
    void theMonitoringDashboardShowsTheAgenciesNeedingAttentionWithTheirReasons() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login registryLogin = fixtures.registryAdmin();
        Actor registryActor = new Actor(registryLogin.user(), Roles.REGISTRY_ADMIN, null);
        findings.recordOnAgency(registryActor, agency.id(), new Findings.Draft(Finding.Kind.LATE_REPORT,
                Finding.Severity.HIGH, "Laporan semester belum dikirim.", null, ""));
        findings.recordOnAgency(registryActor, agency.id(), new Findings.Draft(Finding.Kind.OTHER,
                Finding.Severity.LOW, "Lain.", null, ""));

        PortalHttp registry = new PortalHttp(port);
        registry.signIn(registryLogin.user(), registryLogin.password());
        String body = registry.get("/portal/registry/monitoring").body();
        List<AgencyCompliance> status = compliance.status(registryActor);
        for (ComplianceLevel level : ComplianceLevel.values()) {
            long count = status.stream().filter(c -> c.level() == level).count();
            assertThat(body).contains("id=\"compliance-" + level + "-count\">" + count + "<");
        }
        List<AgencyCompliance> needing = status.stream().filter(c -> c.level() != ComplianceLevel.COMPLIANT)
                .limit(10).toList();
        assertThat(needing).isNotEmpty();
        int at = -1;
        for (AgencyCompliance c : needing) {
            int next = body.indexOf("id=\"compliance-agency-" + c.agencyId() + "\"");
            assertThat(next).as("agency %s listed in order", c.agencyId()).isGreaterThan(at);
            at = next;
        }
        if (needing.stream().anyMatch(c -> c.agencyId() == agency.id().value())) {
            String row = body.substring(body.indexOf("id=\"compliance-agency-" + agency.id().value() + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains("href=\"/portal/registry/compliance/" + agency.id().value() + "\"",
                    "Tidak patuh", "2 temuan terbuka, 1 tingkat tinggi");
        }
        assertThat(body).contains("id=\"compliance-link\" href=\"/portal/registry/compliance\"");

        AccountFixtures.Login auditor = accounts.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        PortalHttp reader = new PortalHttp(port);
        reader.signIn(auditor.user(), auditor.password());
        assertThat(reader.get("/portal/registry/monitoring").body()).contains("id=\"compliance-panel\"",
                "id=\"compliance-agency-" + needing.getFirst().agencyId() + "\"");
    }
}
