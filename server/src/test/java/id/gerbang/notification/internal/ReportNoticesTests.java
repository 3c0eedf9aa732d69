package id.gerbang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementView;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Messages;
import id.gerbang.common.Roles;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.NotificationPreferences;
import id.gerbang.report.ReportDecided;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.Semester;
import id.gerbang.report.SemesterReports;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The semester report's notices: the reminders 30 and 7 days before the due date reach the agency's
 * administrators once each, the overdue notice reaches them and the registry once (across the year
 * end), the registry's decision reaches the agency once per version; no other agency hears of it; the
 * e-mails arrive at an embedded SMTP server (GreenMail) in Indonesian and English.
 */
@IntegrationTest
@Import(AccountFixtures.class)
class ReportNoticesTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gerbang.notification.mail-delay", () -> "PT10H");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired AccountFixtures accounts;
    @Autowired ReportNotices notices;
    @Autowired SemesterReports reports;
    @Autowired Inbox inbox;
    @Autowired NotificationPreferences preferences;
    @Autowired MailOutbox outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    record Agency(AgencyId id, AgreementView agreement, UserId admin, UserId secondAdmin, UserId operator) {
    }

    Agency agency() {
        AgencyId id = accounts.agency();
        AgreementView agreement = accounts.agreement(id, 100);
        return new Agency(id, agreement, accounts.user(Roles.AGENCY_ADMIN, id, agreement.id()).userId(),
                accounts.user(Roles.AGENCY_ADMIN, id, agreement.id()).userId(),
                accounts.user(Roles.AGENCY_OPERATOR, id, agreement.id()).userId());
    }

    @Test
    void remindersThirtyAndSevenDaysBeforeTheDueDateThenOneOverdueNoticeEachOnce() throws Exception {
        Agency a = agency();
        Agency other = agency();
        UserId registryAdmin = accounts.registryAdmin().userId();
        preferences.save(a.admin(), address(a.admin()), "en", EnumSet.allOf(NotificationKind.class));
        preferences.save(a.secondAdmin(), address(a.secondAdmin()), "id", EnumSet.allOf(NotificationKind.class));
        Semester semester = Semester.of(JakartaTime.today(clock));
        LocalDate due = reports.dueDate(semester);
        String y = Integer.toString(semester.year());
        String h = Integer.toString(semester.half());

        notices.remind(due.minusDays(31));
        assertThat(kinds(a.admin())).as("31 days before: nothing yet").isEmpty();
        notices.remind(due.minusDays(30));
        notices.remind(due.minusDays(29)); // the same reminder: not again
        notices.remind(due.minusDays(8));
        assertThat(subjects(a.admin(), Messages.INDONESIAN))
                .containsExactly("Laporan semester " + h + " tahun " + y + " jatuh tempo dalam 30 hari");
        notices.remind(due.minusDays(7));
        notices.remind(due.minusDays(7)); // a second run on the same day
        notices.remind(due);
        assertThat(subjects(a.admin(), Locale.ENGLISH)).containsExactly(
                "Semester " + h + " " + y + " report due in 7 days", "Semester " + h + " " + y + " report due in 30 days");
        assertThat(kinds(a.operator())).as("operators are not reminded").isEmpty();

        // the first day after the due date (for the second semester: 1 January of the next year)
        notices.remind(due.plusDays(1));
        notices.remind(due.plusDays(2));
        String overdue = "Laporan semester " + h + " tahun " + y + " dari " + a.agreement().agencyName() + " terlambat";
        for (UserId admin : List.of(a.admin(), a.secondAdmin(), registryAdmin)) {
            assertThat(inbox.messages(admin, Messages.INDONESIAN, 50))
                    .filteredOn(m -> m.kind() == NotificationKind.REPORT_OVERDUE && m.subject().equals(overdue))
                    .singleElement().satisfies(m -> assertThat(m.body()).contains(due.toString()));
        }
        assertThat(inbox.messages(a.admin(), Messages.INDONESIAN, 1).getFirst().link()).isEqualTo("/portal/admin/reports");
        assertThat(inbox.messages(registryAdmin, Messages.INDONESIAN, 500))
                .filteredOn(m -> m.subject().equals(overdue)).singleElement()
                .satisfies(m -> assertThat(m.link()).isEqualTo("/portal/registry/reports/overdue"));
        assertThat(kinds(a.secondAdmin())).containsExactly(NotificationKind.REPORT_OVERDUE, NotificationKind.REPORT_DUE,
                NotificationKind.REPORT_DUE);
        assertThat(inbox.messages(other.admin(), Messages.INDONESIAN, 50))
                .noneMatch(m -> m.subject().contains(a.agreement().agencyName()));

        outbox.sendDue();
        List<String> english = received(address(a.admin())).stream().map(ReportNoticesTests::subject).toList();
        assertThat(english).containsExactlyInAnyOrder(
                "[Gerbang] Semester " + h + " " + y + " report due in 30 days",
                "[Gerbang] Semester " + h + " " + y + " report due in 7 days",
                "[Gerbang] Semester " + h + " " + y + " report of " + a.agreement().agencyName() + " is overdue");
        List<MimeMessage> indonesian = received(address(a.secondAdmin()));
        assertThat(indonesian).extracting(ReportNoticesTests::subject).containsExactlyInAnyOrder(
                "[Gerbang] Laporan semester " + h + " tahun " + y + " jatuh tempo dalam 30 hari",
                "[Gerbang] Laporan semester " + h + " tahun " + y + " jatuh tempo dalam 7 hari",
                "[Gerbang] " + overdue);
        assertThat(indonesian).anySatisfy(m -> assertThat(GreenMailUtil.getBody(m))
                .contains("paling lambat " + due + " (7 hari lagi"));
    }

    @Test
    void theRegistrysDecisionReachesTheAgencysAdministratorsOncePerVersion() {
        Agency a = agency();
        Agency other = agency();
        preferences.save(a.admin(), address(a.admin()), "en", EnumSet.allOf(NotificationKind.class));
        Semester semester = new Semester(2026, 1);
        ReportDecided returned = new ReportDecided(9_100_001L, a.id().value(), semester, 1, ReportStatus.RETURNED);
        events.publishEvent(returned);
        events.publishEvent(returned); // a retry
        events.publishEvent(new ReportDecided(9_100_001L, a.id().value(), semester, 2, ReportStatus.ACCEPTED));

        assertThat(subjects(a.secondAdmin(), Messages.INDONESIAN)).containsExactly(
                "Laporan semester 1 tahun 2026 (versi 2) diterima",
                "Laporan semester 1 tahun 2026 (versi 1) dikembalikan untuk diperbaiki");
        assertThat(inbox.messages(a.admin(), Locale.ENGLISH, 1).getFirst())
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Semester 1 2026 report (version 2) accepted"))
                .satisfies(m -> assertThat(m.link()).isEqualTo("/portal/admin/reports/9100001"));
        assertThat(inbox.unreadCount(a.operator())).isZero();
        assertThat(inbox.unreadCount(other.admin())).isZero();
        outbox.sendDue();
        assertThat(received(address(a.admin()))).extracting(ReportNoticesTests::subject).containsExactlyInAnyOrder(
                "[Gerbang] Semester 1 2026 report (version 1) returned for correction",
                "[Gerbang] Semester 1 2026 report (version 2) accepted");
    }

    @Test
    void theDailyRunIsClaimedOncePerDay() {
        jdbc.sql("update job_lock set last_run_on = null, locked_until = ? where name = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), ReportNotices.JOB).update();
        assertThat(notices.runOnce()).as("the first server runs it").isNotNull();
        assertThat(notices.runOnce()).as("a second server, or a second run today").isNull();
    }

    private List<NotificationKind> kinds(UserId user) {
        return inbox.messages(user, Locale.ENGLISH, 50).stream().map(InboxMessage::kind).toList();
    }

    private List<String> subjects(UserId user, Locale locale) {
        return inbox.messages(user, locale, 50).stream().map(InboxMessage::subject).toList();
    }

    static String address(UserId user) {
        return user.value().replaceAll("[^a-z0-9]", "") + "@uji.example";
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
