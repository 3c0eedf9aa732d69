package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.AccountStatus;
import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the portal, found from the application's own mappings (so new pages are covered
 * without anyone adding them here): an anonymous visitor is sent to the sign-in page, and an agency
 * operator gets 403 on the agency administrators' and the registry's pages. Forms are sent with a
 * valid CSRF token, so what answers is the authorization, not the CSRF check.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, id.gerbang.access.AccessArrangements.class, PortalFixtures.class})
class PortalSweepTests {

    /** Open by design: the sign-in page and the language switch. */
    static final Set<String> OPEN = Set.of("/", "/login", "/language");
    /** The prefixes an operator must never open. */
    static final List<String> NOT_FOR_OPERATORS = List.of("/portal/admin", "/portal/registry");
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PortalFixtures fixtures;

    record Page(RequestMethod method, String path) {
    }

    /** The portal's mapped pages, path variables filled with 1. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("id.gerbang.portal")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    pages.add(new Page(method, pattern.replaceAll("\\{[^}]+}", "1")));
                }
            }
        }
        return pages;
    }

    @Test
    void everyPortalPageSendsAnonymousVisitorsToSignIn() throws Exception {
        Session anonymous = new Session();
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Page page : pages()) {
            if (OPEN.contains(page.path())) {
                continue;
            }
            HttpResponse<String> response = anonymous.send(page);
            checked++;
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.endsWith("/login")) {
                open.add(page + " -> " + response.statusCode() + " " + location);
            }
        }
        assertThat(open).as("portal pages not sending anonymous visitors to sign in").isEmpty();
        assertThat(checked).as("portal pages checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void anOperatorGets403OnEveryAdministratorPage() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        Session session = new Session();
        session.signIn(operator.user(), operator.password());
        assertThat(session.send(new Page(RequestMethod.GET, "/portal")).statusCode()).as("operator signed in").isEqualTo(200);
        List<String> opened = new ArrayList<>();
        for (Page page : pages()) {
            if (NOT_FOR_OPERATORS.stream().noneMatch(page.path()::startsWith)) {
                continue;
            }
            int status = session.send(page).statusCode();
            if (status != 403) {
                opened.add(page + " -> " + status);
            }
        }
        assertThat(opened).as("administrator pages not refused to an operator").isEmpty();
        // and the prefixes themselves are guarded even where no page exists yet
        assertThat(session.send(new Page(RequestMethod.GET, "/portal/admin/anything")).statusCode()).isEqualTo(403);
        assertThat(session.send(new Page(RequestMethod.GET, "/portal/registry/anything")).statusCode()).isEqualTo(403);
    }

    @Test
    void aRegistryAdministratorGets403OnOperatorPages() throws Exception {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        Session session = new Session();
        session.signIn(admin.user(), admin.password());
        List<String> opened = new ArrayList<>();
        for (Page page : pages()) {
            if (page.path().startsWith("/portal/operator")) {
                int status = session.send(page).statusCode();
                if (status != 403) {
                    opened.add(page + " -> " + status);
                }
            }
        }
        assertThat(opened).as("operator pages opened to a registry administrator").isEmpty();
        assertThat(session.send(new Page(RequestMethod.GET, "/portal/operator/anything")).statusCode()).isEqualTo(403);
    }

    /** The registry console's change controls (issue 17): ids of the forms an auditor must never be shown. */
    static final List<String> CHANGE_CONTROLS = List.of("id=\"agency-form\"", "id=\"action-", "id=\"approve-",
            "id=\"reject-", "id=\"addendum-form\"", "/sources/unblock", "/portal/registry/agreements/new");

    @Autowired
    AccountFixtures accountFixtures;
    /** The registry's monitoring and log pages (issue 17) and data-balikan pages (issue 16), which auditors read too. */
    static final List<String> MONITORING = List.of("/portal/registry/monitoring", "/portal/registry/log",
            "/portal/registry/admin-log", "/portal/registry/alerts", "/portal/registry/feedback");
    /** The POSTs there that only read (a search, an export, a history, a verification); every other one changes something. */
    static final Set<String> READING_POSTS = Set.of("/portal/registry/log", "/portal/registry/log/export",
            "/portal/registry/log/verify", "/portal/registry/log/nik", "/portal/registry/log/nik/pdf",
            "/portal/registry/feedback");

    @Test
    void anAgencyAdministratorGets403OnEveryRegistryPage() throws Exception {
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency());
        Session session = new Session();
        session.signIn(admin.user(), admin.password());
        List<String> opened = new ArrayList<>();
        for (Page page : pages()) {
            if (page.path().startsWith("/portal/registry")) {
                int status = session.send(page).statusCode();
                if (status != 403) {
                    opened.add(page + " -> " + status);
                }
            }
        }
        assertThat(opened).as("registry pages opened to an agency administrator").isEmpty();
    }

    /**
     * The registry auditor reads the console (agencies, agreements, approvals, users) but is shown
     * none of its change controls, and every change of the console answers it 403 and changes nothing;
     * a registry administrator sees the same pages with the controls.
     */
    @Test
    void aRegistryAuditorReadsTheConsoleButCannotChangeAnything() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        IpRegistration pendingIp = ips.request(new Actor(agencyAdmin.user(), Roles.AGENCY_ADMIN, agency.id()), null,
                "10.98.76.0/29", "Kantor sapu", "Jalan sapu");
        AccountFixtures.Login auditor = accountFixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        AccountFixtures.Login registryAdmin = fixtures.registryAdmin();
        List<String> readable = List.of("/portal/registry/agencies", "/portal/registry/agreements",
                "/portal/registry/agreements/" + agency.agreement().value(), "/portal/registry/approvals",
                "/portal/registry/users", "/portal/registry/users/" + agencyAdmin.user());

        Session admin = new Session();
        admin.signIn(registryAdmin.user(), registryAdmin.password());
        for (String page : readable) {
            HttpResponse<String> response = admin.send(new Page(RequestMethod.GET, page));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }
        assertThat(admin.send(new Page(RequestMethod.GET, "/portal/registry/approvals")).body())
                .as("the administrator has the controls").contains("id=\"reject-ip-" + pendingIp.id() + "\"");
        assertThat(admin.send(new Page(RequestMethod.GET, "/portal/registry/agreements/" + agency.agreement().value()))
                .body()).contains("id=\"action-suspend\"").contains("id=\"addendum-form\"");

        Session session = new Session();
        session.signIn(auditor.user(), auditor.password());
        List<String> shown = new ArrayList<>();
        for (String page : readable) {
            HttpResponse<String> response = session.send(new Page(RequestMethod.GET, page));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            for (String control : CHANGE_CONTROLS) {
                if (response.body().contains(control)) {
                    shown.add(page + " shows " + control);
                }
            }
        }
        assertThat(shown).as("change controls shown to an auditor").isEmpty();

        List<String> changed = new ArrayList<>();
        for (Page page : pages()) {
            if (page.method() == RequestMethod.POST && page.path().startsWith("/portal/registry")
                    && CONSOLE_PREFIXES.stream().anyMatch(page.path()::startsWith)) {
                int status = session.send(page).statusCode();
                if (status != 403) {
                    changed.add(page + " -> " + status);
                }
            }
        }
        for (String path : List.of("/portal/registry/approvals/ips/" + pendingIp.id() + "/approve",
                "/portal/registry/agreements/" + agency.agreement().value() + "/suspend",
                "/portal/registry/users/" + agencyAdmin.user() + "/deactivate")) {
            int status = session.post(path, Map.of("reason", "auditor")).statusCode();
            if (status != 403) {
                changed.add(path + " -> " + status);
            }
        }
        assertThat(changed).as("console changes not refused to an auditor").isEmpty();
        assertThat(ips.find(new Actor(agencyAdmin.user(), Roles.AGENCY_ADMIN, agency.id()), pendingIp.id()).status())
                .isEqualTo(IpRegistration.Status.REQUESTED);
        assertThat(accounts.find(agencyAdmin.userId()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    /** The registry's evaluation pages (issue 18): compliance status and findings. */
    static final List<String> EVALUATION = List.of("/portal/registry/compliance", "/portal/registry/findings",
            "/portal/registry/reports", "/portal/registry/evaluation");
    /** Ids and paths of the evaluation pages' change controls, absent for an auditor. */
    static final List<String> EVALUATION_CONTROLS = List.of("warn-form", "measure-form", "resume-form", "finding-form",
            "id=\"finding-new\"", "id=\"decision-form\"", "evaluation-form");

    /**
     * A registry auditor reads the compliance status, an agency's compliance page and a report with its
     * findings, shown none of their forms; every POST of those pages answers 403.
     */
    @Test
    void aRegistryAuditorReadsTheEvaluationPagesAndCanChangeNothing() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        long report = semesterReports.current(new Actor(agencyAdmin.user(), Roles.AGENCY_ADMIN, agency.id())).id();
        AccountFixtures.Login auditor = accountFixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        Session session = new Session();
        session.signIn(auditor.user(), auditor.password());
        List<String> wrong = new ArrayList<>();
        for (String page : List.of("/portal/registry/compliance", "/portal/registry/compliance/" + agency.id().value(),
                "/portal/registry/reports/" + report, "/portal/registry/evaluation")) {
            HttpResponse<String> response = session.send(new Page(RequestMethod.GET, page));
            if (response.statusCode() != 200) {
                wrong.add(page + " -> " + response.statusCode());
            }
            for (String control : EVALUATION_CONTROLS) {
                if (response.body().contains(control)) {
                    wrong.add(page + " shows " + control);
                }
            }
        }
        for (Page page : pages()) {
            if (page.method() == RequestMethod.POST && EVALUATION.stream().anyMatch(page.path()::startsWith)) {
                int status = session.send(page).statusCode();
                if (status != 403) {
                    wrong.add(page + " -> " + status + " (a change must be refused)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The registry console's pages (this helper's; the monitoring pages have their own rules). */
    static final List<String> CONSOLE_PREFIXES = List.of("/portal/registry/agencies", "/portal/registry/agreements",
            "/portal/registry/approvals", "/portal/registry/users");

    /**
     * A registry auditor opens every monitoring and log page, but every control that changes
     * something is refused (403) and absent from the page: the safety flag's forms are not rendered.
     */
    @Test
    void aRegistryAuditorReadsTheMonitoringPagesAndCanChangeNothing() throws Exception {
        AccountFixtures.Login auditor = accountFixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        Session session = new Session();
        session.signIn(auditor.user(), auditor.password());
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Page page : pages()) {
            if (MONITORING.stream().noneMatch(page.path()::startsWith)) {
                continue;
            }
            if (page.method() == RequestMethod.GET) {
                int status = session.send(page).statusCode();
                read++;
                // the sweep fills path variables with 1: a verification job or checkpoint 1 may not exist
                if (status != 200 && status != 404) {
                    wrong.add(page + " -> " + status + " (should be readable)");
                }
            } else if (!READING_POSTS.contains(page.path())) {
                int status = session.send(page).statusCode();
                if (status != 403) {
                    wrong.add(page + " -> " + status + " (a change must be refused)");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(read).as("monitoring pages read").isGreaterThanOrEqualTo(8);
        String nik = "3273019999" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        HttpResponse<String> history = session.post("/portal/registry/log/nik", Map.of("nik", nik));
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("id=\"nik-history\"").doesNotContain("flag-form").doesNotContain("/nik/flag")
                .doesNotContain("/nik/unflag");
        HttpResponse<String> flag = session.post("/portal/registry/log/nik/flag", Map.of("nik", nik, "reason", "uji"));
        assertThat(flag.statusCode()).isEqualTo(403);

        AccountFixtures.Login admin = fixtures.registryAdmin();
        Session adminSession = new Session();
        adminSession.signIn(admin.user(), admin.password());
        assertThat(adminSession.post("/portal/registry/log/nik", Map.of("nik", nik)).body()).contains("flag-form");
    }


    @Autowired
    UserApplications applications;
    @Autowired
    IpRegistrations ips;
    @Autowired
    IncreaseRequests increases;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessLog accessLog;
    @Autowired
    id.gerbang.report.SemesterReports semesterReports;

    /**
     * An administrator of agency A never sees agency B's users, IPs, requests or log, on any of the
     * agency administrator's pages, and cannot act on B's records by their numbers.
     */
    @Test
    void anAgencyAdministratorSeesAndTouchesOnlyItsOwnAgency() throws Exception {
        PortalFixtures.Agency a = fixtures.agency();
        PortalFixtures.Agency b = fixtures.agency(Set.of(id.gerbang.agreement.Channel.WEB_PORTAL), 100, List.of());
        AccountFixtures.Login adminA = fixtures.user(Roles.AGENCY_ADMIN, a);
        AccountFixtures.Login adminB = fixtures.user(Roles.AGENCY_ADMIN, b);
        AccountFixtures.Login operatorB = fixtures.user(Roles.AGENCY_OPERATOR, b);
        Actor actorB = new Actor(adminB.user(), Roles.AGENCY_ADMIN, b.id());
        String nameB = "Pemohon Lembaga B " + AccountFixtures.unique("x");
        UserApplication applicationB = applications.submit(actorB, new UserApplications.Form(null, null,
                Roles.AGENCY_OPERATOR, "3273014107900001", nameB, null, UserApplication.EmploymentStatus.HONORER,
                "Pendamping", "32.73", "Kantor B", "Jalan B No. 1", "lokal.b"));
        IpRegistration ipB = ips.request(actorB, null, "10.99.88.0/29", "Kantor IP B", "Jalan B No. 2");
        byte[] pdf = "%PDF-1.4\nxxxxxxxxxxxxxxxxxxxx\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        IncreaseRequest quotaB = increases.submitWithStudy(actorB, b.agreement(), 987653,
                java.time.LocalDate.now().plusDays(2), "Kajian B", "kajian-b.pdf", new java.io.ByteArrayInputStream(pdf));
        long reportB = semesterReports.current(actorB).id();
        String storageB = "Penyimpanan lembaga B " + AccountFixtures.unique("x");
        semesterReports.complete(actorB, reportB, new id.gerbang.report.AgencyStatements(storageB, "-", "-"));
        String callerB = "log-user-b." + AccountFixtures.unique("x");
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .agencyId(b.id().value()).agreementId(b.agreement().value()).userId(callerB).sourceIp("10.99.88.1")
                .nik(3273019999000123L).purpose("kasus B").elements(List.of()).build());

        Session session = new Session();
        session.signIn(adminA.user(), adminA.password());
        List<String> leaks = new ArrayList<>();
        for (String page : List.of("/portal/admin/applications", "/portal/admin/ips", "/portal/admin/quota",
                "/portal/admin/users", "/portal/admin/agreements", "/portal/admin/usage", "/portal/admin/usage/data",
                "/portal/admin/reports")) {
            HttpResponse<String> response = session.send(new Page(RequestMethod.GET, page));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            for (String secret : List.of(nameB, "10.99.88.0", "kajian-b.pdf", ">987653<", operatorB.user(),
                    adminB.user(), callerB, storageB)) {
                if (response.body().contains(secret)) {
                    leaks.add(page + " shows " + secret);
                }
            }
        }
        HttpResponse<String> export = session.post("/portal/admin/usage/export", Map.of("format", "csv"));
        assertThat(export.statusCode()).isEqualTo(200);
        if (export.body().contains(callerB) || export.body().contains("10.99.88.1")) {
            leaks.add("the access-log export shows agency B's calls");
        }
        assertThat(leaks).as("agency B's data on agency A's pages").isEmpty();

        List<String> opened = new ArrayList<>();
        for (String page : List.of("/portal/admin/applications/" + applicationB.id(),
                "/portal/admin/quota/" + quotaB.id() + "/study")) {
            int status = session.send(new Page(RequestMethod.GET, page)).statusCode();
            if (status != 403) {
                opened.add(page + " -> " + status);
            }
        }
        for (String page : List.of("/portal/admin/reports/" + reportB, "/portal/admin/reports/" + reportB
                + "/versions/1/statement")) {
            int status = session.send(new Page(RequestMethod.GET, page)).statusCode();
            if (status != 403 && status != 404) {
                opened.add(page + " -> " + status);
            }
        }
        session.post("/portal/admin/reports/" + reportB, Map.of("storage", "diubah A", "dissemination", "x",
                "incidents", "x"));
        session.post("/portal/admin/reports/" + reportB + "/submit", Map.of());
        session.post("/portal/admin/applications/" + applicationB.id() + "/withdraw", Map.of("reason", "x"));
        session.post("/portal/admin/ips/" + ipB.id() + "/withdraw", Map.of());
        session.post("/portal/admin/quota/" + quotaB.id() + "/withdraw", Map.of());
        session.post("/portal/admin/users/" + operatorB.user() + "/deactivate", Map.of("reason", "x"));
        assertThat(opened).as("agency B's records opened by agency A's administrator").isEmpty();
        assertThat(applications.find(actorB, applicationB.id()).status()).isEqualTo(UserApplication.Status.SUBMITTED);
        assertThat(ips.find(actorB, ipB.id()).status()).isEqualTo(IpRegistration.Status.REQUESTED);
        assertThat(increases.find(actorB, quotaB.id()).status()).isEqualTo(IncreaseRequest.Status.SUBMITTED);
        assertThat(accounts.find(operatorB.userId()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        id.gerbang.report.SemesterReport stillB = semesterReports.find(actorB, reportB);
        assertThat(stillB.status()).isEqualTo(id.gerbang.report.ReportStatus.DRAFT);
        assertThat(stillB.current().statements().storage()).isEqualTo(storageB);
    }

    @Autowired
    id.gerbang.notification.Notifier notifier;
    @Autowired
    id.gerbang.notification.Inbox inbox;
    @Autowired
    id.gerbang.notification.NotificationPreferences notificationPreferences;

    /**
     * The inbox and the notification settings are each user's own: agency A's administrator never
     * sees agency B's notifications, cannot mark them read by number (404, as an unknown one), and
     * a form without the CSRF token changes nothing.
     */
    @Test
    void eachUserReadsAndMarksOnlyItsOwnNotifications() throws Exception {
        PortalFixtures.Agency a = fixtures.agency();
        PortalFixtures.Agency b = fixtures.agency(Set.of(id.gerbang.agreement.Channel.WEB_PORTAL), 100, List.of());
        AccountFixtures.Login adminA = fixtures.user(Roles.AGENCY_ADMIN, a);
        AccountFixtures.Login adminB = fixtures.user(Roles.AGENCY_ADMIN, b);
        String secretA = "99" + Math.abs(AccountFixtures.unique("").hashCode());
        String secretB = "77" + Math.abs(AccountFixtures.unique("").hashCode());
        notifier.send(id.gerbang.notification.NotificationKind.QUOTA_INCREASE_DECIDED, "sweep:" + secretA,
                List.of(adminA.userId()), List.of(secretA, "#notification.decision.APPROVED"), "/portal/admin/quota");
        notifier.send(id.gerbang.notification.NotificationKind.QUOTA_INCREASE_DECIDED, "sweep:" + secretB,
                List.of(adminB.userId()), List.of(secretB, "#notification.decision.REJECTED"), "/portal/admin/quota");
        long idB = inbox.messages(adminB.userId(), java.util.Locale.ENGLISH, 1).getFirst().id();

        Session session = new Session();
        session.signIn(adminA.user(), adminA.password());
        HttpResponse<String> page = session.send(new Page(RequestMethod.GET, "/portal/account/inbox"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Permohonan penambahan kuota nomor " + secretA + " disetujui")
                .doesNotContain(secretB).contains("id=\"inbox-unread\">1<");
        assertThat(session.post("/portal/account/inbox/" + idB + "/read", Map.of()).statusCode()).isEqualTo(404);
        assertThat(inbox.unreadCount(adminB.userId())).isEqualTo(1);

        HttpResponse<String> noToken = session.client.send(HttpRequest.newBuilder(session.uri("/portal/account/inbox/read-all"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(inbox.unreadCount(adminA.userId())).isEqualTo(1);
        long idA = inbox.messages(adminA.userId(), java.util.Locale.ENGLISH, 1).getFirst().id();
        assertThat(session.post("/portal/account/inbox/" + idA + "/read", Map.of()).statusCode()).isEqualTo(302);
        assertThat(inbox.unreadCount(adminA.userId())).isZero();

        HttpResponse<String> wrong = session.post("/portal/account/notifications",
                Map.of("email", "a@uji.example, b@uji.example", "language", "en", "mailed", "FEEDBACK_MISSING"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"error-summary\"").contains("href=\"#email\"").contains("aria-invalid=\"true\"");
        assertThat(session.post("/portal/account/notifications",
                Map.of("email", "admin.a@uji.example", "language", "en", "mailed", "FEEDBACK_MISSING")).statusCode()).isEqualTo(302);
        assertThat(notificationPreferences.of(adminA.userId())).isEqualTo(new id.gerbang.notification.NotificationPreferences.Preferences(
                "admin.a@uji.example", "en", java.util.EnumSet.of(id.gerbang.notification.NotificationKind.FEEDBACK_MISSING,
                        // not offered to an agency administrator: its stored choice (by default on) stays
                        id.gerbang.notification.NotificationKind.REQUEST_WAITING,
                        id.gerbang.notification.NotificationKind.ANOMALY_ALERT)));
        assertThat(notificationPreferences.of(adminB.userId()).email()).isNull();
    }

    /** A browser-like HTTP session: cookies kept, redirects not followed, forms sent with the page's CSRF token. */
    final class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        /** A page that shows this session a form (and so its CSRF token). */
        String formPage = "/login";

        String csrf(String path) throws Exception {
            String html = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("CSRF token on " + path).isTrue();
            return m.group(1);
        }

        void signIn(String user, String password) throws Exception {
            String token = csrf("/login");
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
                            + "&_csrf=" + encode(token))).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            if (location.endsWith("/portal/sign-in/code")) {
                String code = PortalFixtures.nextCode(user).orElseThrow();
                response = client.send(HttpRequest.newBuilder(uri("/portal/sign-in/code"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
                                + encode(csrf("/portal/sign-in/code")))).build(), HttpResponse.BodyHandlers.ofString());
                location = response.headers().firstValue("Location").orElse("");
            }
            assertThat(location).as("signed in").endsWith("/portal");
            formPage = "/portal";
        }

        HttpResponse<String> send(Page page) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(page.path()));
            if (page.method() == RequestMethod.GET) {
                request.GET();
            } else {
                String token = csrf(formPage);
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(page.method().name(), HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token)));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Sends a form with these fields (and the CSRF token), as the page's form would. */
        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + encode(csrf(formPage)));
            fields.forEach((k, v) -> body.append('&').append(encode(k)).append('=').append(encode(v)));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
