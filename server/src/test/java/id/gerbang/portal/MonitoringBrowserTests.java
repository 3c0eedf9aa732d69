package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.AccessArrangements;
import id.gerbang.access.PortalCalls;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessLogView;
import id.gerbang.audit.Viewer;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.registry.RecordStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's monitoring and access-log pages in a real browser: the dashboard counts a lookup
 * made a moment before (today's counters polled by htmx) and drills down to the agency and the user;
 * a log search and its export; verifying the chain from the page after an entry was altered directly
 * in the database shows the finding.
 */
class MonitoringBrowserTests extends BrowserTest {

    static final String HENDRA = AccessArrangements.HENDRA;

    @Autowired PortalFixtures fixtures;
    @Autowired AccessArrangements arrangements;
    @Autowired PortalCalls calls;
    @Autowired Accounts accounts;
    @Autowired AccessLogSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired id.gerbang.report.Findings findings;

    PortalFixtures.Agency agency;
    AccountFixtures.Login operator;

    @BeforeEach
    void anAgencyWithAnOperatorAndTheRegistryAdministratorSignedIn() {
        arrangements.family(RecordStatus.ACTIVE);
        agency = fixtures.agency();
        operator = fixtures.user(Roles.AGENCY_OPERATOR, agency);
        AccountFixtures.Login admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        assertPath("/portal");
    }

    /** A Cek NIK of the operator, through the portal's own call (the web service's checks, logged as WEB_PORTAL). */
    PortalCalls.PortalAnswer lookup(String purpose) throws Exception {
        AccountView view = accounts.find(operator.userId()).orElseThrow();
        return calls.lookup(view, InetAddress.getByName("127.0.0.1"), HENDRA, purpose);
    }

    long counter(String id) {
        return Long.parseLong(text(By.id(id)).strip());
    }

    /** The screenshots show the compliance panel (issue 18): scrolled into view. */
    void showCompliancePanel() {
        assertThat(browser().findElements(By.id("compliance-panel"))).hasSize(1);
        scrollTo("compliance-panel");
    }

    @Test
    void theDashboardShowsALookupMadeAMomentBeforeAndDrillsDownToTheAgencyAndTheUser() throws Exception {
        // an open finding: the agency needs attention in the compliance panel
        findings.recordOnAgency(new id.gerbang.account.Actor("test", Roles.REGISTRY_ADMIN, null), agency.id(),
                new id.gerbang.report.Findings.Draft(id.gerbang.report.Finding.Kind.LATE_REPORT,
                        id.gerbang.report.Finding.Severity.MEDIUM, "Laporan semester belum dikirim.", null, ""));
        open("/portal/registry/monitoring");
        assertThat(text(By.tagName("h1"))).isEqualTo("Pemantauan layanan");
        long before = counter("today-calls");
        assertThat(lookup("Kasus pemantauan 1").answered()).isTrue();
        // no reload: the counters are polled every few seconds
        new WebDriverWait(browser(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(d -> counter("today-calls") >= before + 1);
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("chart-agency")).getAttribute("data-drawn") != null);
        assertThat(browser().findElement(By.id("chart-hours")).getAttribute("data-drawn")).isEqualTo("1");
        assertThat(browser().findElements(By.id("quota-use"))).hasSize(1);
        showCompliancePanel();
        Browser.document("monitoring-dashboard", "id");

        open("/portal/registry/monitoring/agency/" + agency.id().value());
        assertThat(text(By.id("agency-users"))).contains(operator.user());
        assertThat(counter("today-calls")).isEqualTo(1);
        Browser.document("monitoring-agency", "id");
        Browser.clickAndLeave(browser().findElement(By.linkText(operator.user())));
        assertThat(counter("user-calls")).isEqualTo(1);
        assertThat(text(By.id("user-days"))).contains(JakartaTime.today(clock).toString(), "Data ditemukan: 1");

        language("en");
        open("/portal/registry/monitoring");
        assertThat(text(By.tagName("h1"))).isEqualTo("Service monitoring");
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("chart-outcome")).getAttribute("data-drawn") != null);
        showCompliancePanel();
        Browser.document("monitoring-dashboard", "en");
    }

    @Test
    void aLogSearchFindsTheLookupAndItsExportHasIt() throws Exception {
        lookup("Kasus log 2");
        open("/portal/registry/log?agencyId=" + agency.id().value());
        assertThat(text(By.id("log-entries"))).contains(operator.user(), "Portal web", "Kasus log 2");
        type(By.id("nik"), HENDRA);
        send(By.cssSelector("#log-search button.button--primary"));
        assertThat(text(By.id("log-entries"))).contains(HENDRA, operator.user());
        assertThat(browser().findElement(By.id("nik")).getAttribute("autocomplete")).isEqualTo("off");
        Browser.document("log-search", "id");

        // the export buttons send the same form to /export: sent here with the browser's session
        String csrf = browser().findElement(By.cssSelector("meta[name=_csrf]")).getAttribute("content");
        Cookie session = browser().manage().getCookieNamed("JSESSIONID");
        String form = "_csrf=" + enc(csrf) + "&agencyId=" + agency.id().value() + "&format=csv";
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/portal/registry/log/export")))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        assertThat(export.body()).contains(operator.user(), "Kasus log 2", "WEB_PORTAL");

        language("en");
        open("/portal/registry/log?agencyId=" + agency.id().value());
        assertThat(text(By.id("log-entries"))).contains("Web portal");
        Browser.document("log-search", "en");
    }

    @Test
    void verifyingFromThePageAfterARowWasAlteredShowsTheFinding() throws Exception {
        lookup("Kasus verifikasi 3");
        AccessLogView entry = search.search(new AccessLogQuery(agency.id().value(), null, null, null, null, null, null,
                null, 1), Viewer.auditor("test")).entries().getFirst();
        LocalDate day = JakartaTime.dateOf(entry.time());
        jdbc.sql("update audit_access_log set purpose = 'diubah langsung' where seq = ?").param(entry.seq()).update();
        try {
            open("/portal/registry/log/integrity");
            assertThat(text(By.id("public-key"))).contains("BEGIN PUBLIC KEY");
            Browser.document("log-integrity", "id");
            ((JavascriptExecutor) browser()).executeScript("document.getElementById('verify-from').value = arguments[0];"
                    + "document.getElementById('verify-to').value = arguments[0];", day.toString());
            send(By.cssSelector("#verify-form button[type=submit]"));
            assertThat(path()).startsWith("/portal/registry/log/verify/");
            new WebDriverWait(browser(), Duration.ofSeconds(60)).ignoring(RuntimeException.class)
                    .until(d -> "DONE".equals(d.findElement(By.id("verification-status")).getAttribute("data-state")));
            assertThat(text(By.id("verification-findings"))).contains("masalah");
            assertThat(text(By.id("findings"))).contains("ALTERED", Long.toString(entry.seq()));
            Browser.document("log-verification", "id");
        } finally {
            jdbc.sql("update audit_access_log set purpose = ? where seq = ?").params(entry.purpose(), entry.seq()).update();
        }
    }

    @Test
    void aNikHistoryWithTheSafetyFlagForTheAdministrator() throws Exception {
        lookup("Kasus riwayat 4");
        open("/portal/registry/log/nik");
        type(By.id("nik"), HENDRA);
        send(By.cssSelector("#nik-form button[type=submit]"));
        assertThat(text(By.id("accesses"))).contains("Kasus riwayat 4");
        assertThat(browser().findElements(By.id("flag-form"))).hasSize(1);
        Browser.document("log-nik", "id");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
