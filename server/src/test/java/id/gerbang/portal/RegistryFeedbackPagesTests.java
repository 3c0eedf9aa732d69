package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.Submitter;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's data-balikan pages (issue 16) over HTTP: per NIK the records beside the register's
 * data, victim information for registry administrators only and each showing recorded as the API's;
 * the reconciliation (due NIKs, compliance rate, chart data), the reminder through the notification
 * module's FEEDBACK_MISSING, and the export for the Directorate-General; the auditor reads both pages
 * without the change controls and is refused the reminder and the export.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class, FeedbackArrangements.class})
class RegistryFeedbackPagesTests {

    static final String PATH = "/portal/registry/feedback";
    static final String RECONCILIATION = PATH + "/reconciliation";

    @LocalServerPort
    int port;
    @Autowired
    FeedbackArrangements fixtures;
    @Autowired
    FeedbackRecords feedback;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PortalFixtures portal;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** An agency with NADIA looked up 40 days ago and answered (K-1), RATNA 40 days ago unanswered, HENDRA yesterday. */
    AccessArrangements.Arrangement arranged() {
        AccessArrangements.Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Instant old = clock.instant().minus(Duration.ofDays(40));
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, old);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, old);
        fixtures.lookedUp(a, FeedbackArrangements.HENDRA, clock.instant().minus(Duration.ofDays(1)));
        var results = feedback.submit(new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE),
                List.of(FeedbackSubmission.victim(FeedbackArrangements.NADIA, "K-1",
                        FeedbackArrangements.victim(LocalDate.of(2026, 3, 1)))));
        assertThat(results.getFirst().stored()).isTrue();
        return a;
    }

    PortalHttp admin() throws Exception {
        AccountFixtures.Login login = portal.registryAdmin();
        PortalHttp session = new PortalHttp(port);
        session.signIn(login.user(), login.password());
        return session;
    }

    PortalHttp auditor() throws Exception {
        AccountFixtures.Login login = accounts.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            portal.enrol(login.user());
        }
        PortalHttp session = new PortalHttp(port);
        session.signIn(login.user(), login.password());
        return session;
    }

    String period(AccessArrangements.Arrangement a) {
        LocalDate today = JakartaTime.today(clock);
        return "?agencyId=" + a.agency().value() + "&from=" + today.minusDays(60) + "&to=" + today;
    }

    int viewings(String actor) {
        return jdbc.sql("select count(*) from audit_admin_log where actor = ? and action = 'feedback.viewed'")
                .param(actor).query(Integer.class).single();
    }

    @Test
    void anAdministratorSeesTheRecordsBesideTheRegisterWithVictimInformationAndTheShowingIsRecorded() throws Exception {
        arranged();
        AccountFixtures.Login login = portal.registryAdmin();
        PortalHttp admin = new PortalHttp(port);
        admin.signIn(login.user(), login.password());
        int before = viewings(login.user());

        HttpResponse<String> page = admin.post(PATH, "nik=" + FeedbackArrangements.NADIA);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.body()).contains("id=\"register-data\"").contains("2015-08-12")
                .contains("K-1").contains("2026-03-01").doesNotContain("victim-hidden").contains("id=\"export-form\"");
        // one entry per 2,000 versions read: other tests may have given NADIA thousands
        assertThat(viewings(login.user())).as("the showing is recorded as the API's").isGreaterThan(before);
    }

    @Test
    void anAuditorSeesThatVictimInformationExistsNotWhatItSaysAndHasNoExport() throws Exception {
        arranged();
        PortalHttp auditor = auditor();

        HttpResponse<String> page = auditor.post(PATH, "nik=" + FeedbackArrangements.NADIA);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("K-1").contains("victim-hidden").doesNotContain("2026-03-01")
                .doesNotContain("id=\"export-form\"").doesNotContain(PATH + "/export");
        LocalDate today = JakartaTime.today(clock);
        assertThat(auditor.post(PATH + "/export", "from=" + today + "&to=" + today + "&format=csv").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aWrongNikIsShownInTheErrorSummaryAndNeverTravelsInTheAddress() throws Exception {
        PortalHttp admin = admin();
        HttpResponse<String> page = admin.post(PATH, "nik=12345");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"error-summary\"").contains("id=\"nik-error\"");
        assertThat(admin.get(PATH).body()).contains("method=\"post\" action=\"" + PATH + "\"");
    }

    @Test
    void theReconciliationShowsTheDueNiksTheRateAndItsChartData() throws Exception {
        AccessArrangements.Arrangement a = arranged();
        PortalHttp admin = admin();

        HttpResponse<String> page = admin.get(RECONCILIATION + period(a));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"missing-niks\"").contains(FeedbackArrangements.RATNA)
                .doesNotContain(FeedbackArrangements.HENDRA) // not due yet
                .contains("50 %").contains("id=\"remind-" + a.agency().value() + "\"").contains("data-monitoring-chart=\"rate\"");
        String month = java.time.YearMonth.from(JakartaTime.dateOf(clock.instant().minus(Duration.ofDays(40)))).toString();
        HttpResponse<String> data = admin.get(RECONCILIATION + "/data" + period(a));
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"rate\"").contains("\"" + month + "\"").contains("50");
        assertThat(admin.get(RECONCILIATION + "?from=2026-05-01&to=2026-04-01").statusCode()).isEqualTo(422);
    }

    @Test
    void theReminderGoesToTheAgencyThroughFeedbackMissingOnceADay() throws Exception {
        AccessArrangements.Arrangement a = arranged();
        AccountFixtures.Login agencyAdmin = accounts.user(Roles.AGENCY_ADMIN, a.agency(), null);
        AccountFixtures.Login operator = accounts.user(Roles.AGENCY_OPERATOR, a.agency(), a.agreement());
        PortalHttp admin = admin();

        HttpResponse<String> sent = admin.post(RECONCILIATION + "/remind", "agencyId=" + a.agency().value());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).contains(RECONCILIATION + "?agencyId=" + a.agency().value());
        assertThat(admin.get(RECONCILIATION + "?agencyId=" + a.agency().value()).body()).contains("id=\"notice\"");
        for (AccountFixtures.Login recipient : List.of(agencyAdmin, operator)) {
            List<InboxMessage> messages = inbox.messages(recipient.userId(), Locale.ENGLISH, 10);
            assertThat(messages).extracting(InboxMessage::kind).containsExactly(NotificationKind.FEEDBACK_MISSING);
            assertThat(messages.getFirst().subject()).contains("1").doesNotContain(FeedbackArrangements.RATNA);
        }
        admin.post(RECONCILIATION + "/remind", "agencyId=" + a.agency().value());
        assertThat(inbox.messages(operator.userId(), Locale.ENGLISH, 10)).as("once a day").hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_admin_log where action = 'notification.feedback-reminder.sent'"
                + " and subject_id = ?").param(Long.toString(a.agency().value())).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anAuditorReadsTheReconciliationWithoutTheReminder() throws Exception {
        AccessArrangements.Arrangement a = arranged();
        PortalHttp auditor = auditor();
        HttpResponse<String> page = auditor.get(RECONCILIATION + period(a));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(FeedbackArrangements.RATNA).doesNotContain("id=\"remind-")
                .doesNotContain("/remind").doesNotContain("id=\"to-export\"");
        assertThat(auditor.post(RECONCILIATION + "/remind", "agencyId=" + a.agency().value()).statusCode()).isEqualTo(403);
    }

    @Test
    void theExportForTheDirectorateGeneralIsTheApisExport() throws Exception {
        arranged();
        PortalHttp admin = admin();
        LocalDate today = JakartaTime.today(clock);
        HttpResponse<String> csv = admin.post(PATH + "/export", "from=" + today + "&to=" + today + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("data-balikan-" + today);
        assertThat(csv.body()).contains("record_id,version,action,agency_id").contains("K-1");
        HttpResponse<String> json = admin.post(PATH + "/export", "from=" + today + "&to=" + today + "&format=json");
        assertThat(json.body()).contains("\"schema\":\"gerbang.feedback.export/1\"");
    }
}
