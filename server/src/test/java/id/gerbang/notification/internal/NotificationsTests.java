package id.gerbang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplicationDecided;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementEndApproaching;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.NotificationPreferences;
import id.gerbang.notification.Notifier;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequestDecided;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification module end to end with an embedded SMTP server (GreenMail): each producer stores
 * one notification per recipient and trigger, only for the right recipients, and the e-mails arrive
 * in each recipient's language.
 */
@IntegrationTest
@Import({AccountFixtures.class, AccessArrangements.class, FeedbackArrangements.class})
class NotificationsTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Actor REGISTRY = new Actor("registry.test", Roles.REGISTRY_ADMIN, null);

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the test sends the outbox itself
        registry.add("gerbang.notification.mail-delay", () -> "PT10H");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired AccountFixtures accounts;
    @Autowired FeedbackArrangements feedback;
    @Autowired Agreements agreements;
    @Autowired IpRegistrations ips;
    @Autowired id.gerbang.account.UserApplications applications;
    @Autowired id.gerbang.quota.IncreaseRequests increases;
    @Autowired ApplicationEventPublisher events;
    @Autowired Notifier notifier;
    @Autowired Inbox inbox;
    @Autowired NotificationPreferences preferences;
    @Autowired MailOutbox outbox;
    @Autowired DailyReminders reminders;
    @Autowired JobLock lock;
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

    static String address(UserId user) {
        return user.value().replaceAll("[^a-z0-9]", "") + "@uji.example";
    }

    @Test
    void agreementExpiryReachesTheAgencysAdministratorsAndTheRegistryOnceInTheirLanguages() throws Exception {
        Agency a = agency();
        Agency other = agency();
        UserId registryAdmin = accounts.registryAdmin().userId();
        preferences.save(a.admin(), address(a.admin()), "en", EnumSet.allOf(NotificationKind.class));
        preferences.save(a.secondAdmin(), address(a.secondAdmin()), "id", EnumSet.allOf(NotificationKind.class));
        preferences.save(a.operator(), address(a.operator()), "id", EnumSet.allOf(NotificationKind.class));
        LocalDate end = JakartaTime.today(clock).plusDays(30);

        AgreementEndApproaching event = new AgreementEndApproaching(a.agreement().id(), end, 30, 1);
        events.publishEvent(event);
        events.publishEvent(event); // the same trigger again: a second server, a retry

        for (UserId admin : List.of(a.admin(), a.secondAdmin(), registryAdmin)) {
            assertThat(inbox.messages(admin, Locale.ENGLISH, 50))
                    .filteredOn(m -> m.kind() == NotificationKind.AGREEMENT_EXPIRING)
                    .singleElement().satisfies(m -> {
                        assertThat(m.subject()).isEqualTo("Agreement " + a.agreement().registryNumber() + " ends in 30 days");
                        assertThat(m.body()).contains(a.agreement().agencyName()).contains(end.toString());
                        assertThat(m.unread()).isTrue();
                    });
        }
        assertThat(inbox.messages(a.admin(), Locale.ENGLISH, 1).getFirst().link()).isEqualTo("/portal/admin/agreements");
        assertThat(inbox.messages(registryAdmin, Locale.ENGLISH, 50)).filteredOn(m -> m.kind() == NotificationKind.AGREEMENT_EXPIRING)
                .singleElement().satisfies(m -> assertThat(m.link()).isNull());
        assertThat(inbox.unreadCount(a.operator())).isZero();
        assertThat(inbox.unreadCount(other.admin())).isZero();

        outbox.sendDue();
        outbox.sendDue(); // nothing is sent twice

        MimeMessage english = single(address(a.admin()));
        assertThat(english.getSubject()).isEqualTo("[Gerbang] Agreement " + a.agreement().registryNumber() + " ends in 30 days");
        assertThat(GreenMailUtil.getBody(english)).contains("Cooperation agreement " + a.agreement().registryNumber())
                .contains("valid until " + end);
        MimeMessage indonesian = single(address(a.secondAdmin()));
        assertThat(indonesian.getSubject()).isEqualTo("[Gerbang] PKS " + a.agreement().registryNumber() + " berakhir dalam 30 hari");
        assertThat(GreenMailUtil.getBody(indonesian)).contains("Perjanjian kerja sama " + a.agreement().registryNumber())
                .contains("berlaku sampai " + end);
        assertThat(received(address(a.operator()))).isEmpty();
    }

    @Test
    void requestDecisionsReachOnlyTheRequestingAgencysAdministratorsAndAWithdrawalNone() {
        Agency a = agency();
        Agency other = agency();
        IpRegistration approved = ips.request(REGISTRY, a.id(), randomAddress(), "Kantor uji", "Jalan Uji 1");
        IpRegistration rejected = ips.request(REGISTRY, a.id(), randomAddress(), "Kantor uji", "Jalan Uji 1");
        IpRegistration withdrawn = ips.request(REGISTRY, a.id(), randomAddress(), "Kantor uji", "Jalan Uji 1");
        ips.approve(REGISTRY, approved.id(), null);
        ips.reject(REGISTRY, rejected.id(), "Alamat bukan milik instansi");
        ips.withdraw(REGISTRY, withdrawn.id(), "salah ketik");
        events.publishEvent(new UserApplicationDecided(9_000_001L, a.id(), UserApplication.Status.APPROVED));
        events.publishEvent(new IncreaseRequestDecided(9_000_002L, a.id(), IncreaseRequest.Status.REJECTED));
        events.publishEvent(new IncreaseRequestDecided(9_000_003L, a.id(), IncreaseRequest.Status.WITHDRAWN));

        for (UserId admin : List.of(a.admin(), a.secondAdmin())) {
            List<InboxMessage> id = inbox.messages(admin, JakartaIndonesian.LOCALE, 50);
            assertThat(id).extracting(InboxMessage::subject).containsExactlyInAnyOrder(
                    "Pendaftaran alamat IP nomor " + approved.id() + " disetujui",
                    "Pendaftaran alamat IP nomor " + rejected.id() + " ditolak",
                    "Permohonan user ID nomor 9000001 disetujui",
                    "Permohonan penambahan kuota nomor 9000002 ditolak");
            assertThat(id).allSatisfy(m -> assertThat(m.body()).doesNotContain("Alamat bukan milik instansi"));
            assertThat(inbox.messages(admin, Locale.ENGLISH, 50)).extracting(InboxMessage::subject)
                    .contains("IP-address registration " + approved.id() + " approved",
                            "Quota-increase request 9000002 rejected");
        }
        assertThat(inbox.unreadCount(a.operator())).isZero();
        assertThat(inbox.unreadCount(other.admin())).isZero();
        assertThat(inbox.unreadCount(other.secondAdmin())).isZero();
    }

    @Test
    void aRejectedUserApplicationAndARejectedQuotaRequestReachTheAgencysAdministratorsOnce() {
        Agency a = agency();
        Actor agencyAdmin = new Actor(a.admin().value(), Roles.AGENCY_ADMIN, a.id());
        UserApplication application = applications.submit(agencyAdmin, new id.gerbang.account.UserApplications.Form(
                null, null, Roles.AGENCY_OPERATOR, "3273014107900001", "Pemohon Uji", null,
                UserApplication.EmploymentStatus.HONORER, "Pendamping", "32.73", "Kantor Uji", "Jalan Uji No. 1",
                "lokal." + AccountFixtures.unique("")));
        applications.reject(REGISTRY, application.id(), "Berkas Pemohon Uji tidak lengkap");
        byte[] pdf = "%PDF-1.4\nxxxxxxxxxxxxxxxxxxxx\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        IncreaseRequest quota = increases.submitWithStudy(agencyAdmin, a.agreement().id(), 250,
                JakartaTime.today(clock).plusDays(2), "Kajian", "kajian.pdf", new java.io.ByteArrayInputStream(pdf));
        increases.reject(REGISTRY, quota.id(), "Kajian kurang");

        assertThat(inbox.messages(a.secondAdmin(), Locale.ENGLISH, 50)).extracting(InboxMessage::subject)
                .containsExactlyInAnyOrder("User-ID application " + application.id() + " rejected",
                        "Quota-increase request " + quota.id() + " rejected");
        assertThat(inbox.messages(a.admin(), Locale.ENGLISH, 50)).extracting(InboxMessage::body)
                .noneMatch(b -> b.contains("Pemohon Uji") || b.contains("3273014107900001"));
        assertThat(inbox.unreadCount(a.operator())).isZero();
    }

    @Test
    void theInboxIsEachRecipientsOwn() {
        Agency a = agency();
        Agency other = agency();
        String key = "test:" + AccountFixtures.unique("");
        assertThat(notifier.send(NotificationKind.USER_APPLICATION_DECIDED, key, List.of(a.admin()),
                List.of("7", "#notification.decision.APPROVED"), null)).isEqualTo(1);
        long id = inbox.messages(a.admin(), Locale.ENGLISH, 1).getFirst().id();

        assertThat(inbox.markRead(other.admin(), id)).isFalse();
        assertThat(inbox.unreadCount(a.admin())).isEqualTo(1);
        assertThat(inbox.markRead(a.admin(), id)).isTrue();
        assertThat(inbox.unreadCount(a.admin())).isZero();
        assertThat(inbox.messages(other.admin(), Locale.ENGLISH, 50)).isEmpty();
    }

    @Test
    void aKindSwitchedOffOrNoAddressStaysInTheInboxOnly() {
        Agency a = agency();
        preferences.save(a.admin(), address(a.admin()), "id",
                EnumSet.complementOf(EnumSet.of(NotificationKind.IP_REGISTRATION_DECIDED)));
        assertThat(preferences.of(a.admin()).mailed()).doesNotContain(NotificationKind.IP_REGISTRATION_DECIDED);
        IpRegistration r = ips.request(REGISTRY, a.id(), randomAddress(), "Kantor uji", "Jalan Uji 1");
        ips.approve(REGISTRY, r.id(), null);
        outbox.sendDue();

        assertThat(inbox.unreadCount(a.admin())).isEqualTo(1);
        assertThat(inbox.unreadCount(a.secondAdmin())).isEqualTo(1);
        assertThat(received(address(a.admin()))).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient in (?, ?) and mail_to is not null")
                .params(a.admin().value(), a.secondAdmin().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void preferencesRefuseAnAddressListOrAHeaderAndAnUnknownLanguage() {
        UserId user = agency().admin();
        assertThatThrownBy(() -> preferences.save(user, "a@uji.example, b@uji.example", "id", EnumSet.noneOf(NotificationKind.class)))
                .isInstanceOfSatisfying(GerbangException.class, e -> assertThat(e.errorCode().code()).isEqualTo("EMAIL_INVALID"));
        assertThatThrownBy(() -> preferences.save(user, "a@uji.example\r\nBcc: x@uji.example", "id", EnumSet.noneOf(NotificationKind.class)))
                .isInstanceOf(GerbangException.class);
        assertThatThrownBy(() -> preferences.save(user, null, "fr", EnumSet.noneOf(NotificationKind.class)))
                .isInstanceOfSatisfying(GerbangException.class, e -> assertThat(e.errorCode().code()).isEqualTo("LANGUAGE_UNKNOWN"));
        assertThat(preferences.of(user)).isEqualTo(new NotificationPreferences.Preferences(null, "id",
                EnumSet.allOf(NotificationKind.class)));
    }

    @Test
    void requestsWaitingLongerThanTheDaysAreReportedToTheRegistryOnceEach() {
        Agency a = agency();
        Agency other = agency();
        UserId registryAdmin = accounts.registryAdmin().userId();
        IpRegistration waiting = ips.request(REGISTRY, a.id(), randomAddress(), "Kantor uji", "Jalan Uji 1");
        LocalDate today = JakartaTime.today(clock);

        reminders.remind(today.plusDays(4));
        assertThat(subjects(registryAdmin)).noneMatch(s -> s.contains("nomor " + waiting.id() + " "));

        reminders.remind(today.plusDays(5));
        reminders.remind(today.plusDays(6));
        assertThat(subjects(registryAdmin)).filteredOn(s -> s.startsWith("Pendaftaran alamat IP nomor " + waiting.id() + " "))
                .containsExactly("Pendaftaran alamat IP nomor " + waiting.id() + " menunggu 5 hari");
        assertThat(inbox.messages(registryAdmin, Locale.ENGLISH, 500)).extracting(InboxMessage::body)
                .contains("IP-address registration " + waiting.id() + " from " + agencyName(a) + " has been waiting for a decision for 5 days.");
        assertThat(inbox.unreadCount(a.admin())).isZero();
        assertThat(inbox.unreadCount(other.admin())).isZero();
    }

    @Test
    void lookupsWithoutDataBalikanRemindTheAgencyOncePerNewlyDueLookup() {
        AccessArrangements.Arrangement arrangement = feedback.arrange(FeedbackArrangements.SEED);
        AgencyId agency = arrangement.agency();
        UserId admin = accounts.user(Roles.AGENCY_ADMIN, agency, arrangement.agreement()).userId();
        UserId operator = accounts.user(Roles.AGENCY_OPERATOR, agency, arrangement.agreement()).userId();
        Agency other = agency();
        feedback.lookedUp(arrangement, FeedbackArrangements.RATNA, clock.instant().minus(Duration.ofDays(40)));
        LocalDate today = JakartaTime.today(clock);

        reminders.remind(today);
        reminders.remind(today);
        assertThat(inbox.messages(admin, Locale.ENGLISH, 50)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(NotificationKind.FEEDBACK_MISSING);
            assertThat(m.subject()).isEqualTo("NIKs without data balikan: 1");
            assertThat(m.body()).doesNotContain(FeedbackArrangements.RATNA).doesNotContain(FeedbackArrangements.RATNA.substring(0, 6));
        });
        assertThat(inbox.messages(operator, JakartaIndonesian.LOCALE, 50)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("NIK tanpa data balikan: 1");
            assertThat(m.link()).isEqualTo("/portal/operator/feedback");
        });
        assertThat(inbox.unreadCount(other.admin())).isZero();

        feedback.lookedUp(arrangement, FeedbackArrangements.NADIA, clock.instant().minus(Duration.ofDays(35)));
        reminders.remind(today);
        assertThat(inbox.messages(admin, Locale.ENGLISH, 50)).extracting(InboxMessage::subject)
                .containsExactly("NIKs without data balikan: 2", "NIKs without data balikan: 1");
    }

    @Test
    void theDailyJobRunsOnceADayOnOneServer() {
        LocalDate day = LocalDate.of(2090, 1, ThreadLocalRandom.current().nextInt(1, 28));
        String job = "test-" + AccountFixtures.unique("");

        assertThat(lock.claimDay(job, day, Duration.ofMinutes(30))).as("the row is made on the first claim").isTrue();
        assertThat(lock.claimDay(job, day, Duration.ofMinutes(30))).as("held by the first").isFalse();
        lock.release(job, day, false);
        assertThat(lock.claimDay(job, day, Duration.ofMinutes(30))).as("a failed run frees the day").isTrue();
        lock.release(job, day, true);
        assertThat(lock.claimDay(job, day, Duration.ofMinutes(30))).as("the day is done").isFalse();
        assertThat(lock.claimDay(job, day.plusDays(1), Duration.ofMinutes(30))).as("the next day").isTrue();
    }

    @Test
    void aPeriodicJobIsHeldByOneServerUntilReleasedOrItsLeaseEnds() {
        String job = "test-" + AccountFixtures.unique("");
        assertThat(lock.claimLease(job, Duration.ofMinutes(5))).isTrue();
        assertThat(lock.claimLease(job, Duration.ofMinutes(5))).as("held").isFalse();
        lock.release(job);
        assertThat(lock.claimLease(job, Duration.ofMinutes(5))).as("released").isTrue();
        // a server that died: its lease ran out
        jdbc.sql("update job_lock set locked_until = ?, locked_by = 'dead' where name = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), job).update();
        assertThat(lock.claimLease(job, Duration.ofMinutes(5))).as("the lease of a dead server ended").isTrue();
    }

    @Test
    void theScheduledRunDoesTheDaysRemindersOnceAndAnotherServerSkips() {
        // this database may have run today's job before (PostgreSQL keeps it between test runs)
        jdbc.sql("update job_lock set last_run_on = null, locked_until = ? where name = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), DailyReminders.JOB).update();

        assertThat(reminders.runOnce()).as("the first server runs it").isNotNull();
        assertThat(reminders.runOnce()).as("a second server, or a second run today").isNull();
        assertThat(jdbc.sql("select last_run_on from job_lock where name = ?").param(DailyReminders.JOB)
                .query(LocalDate.class).single()).isEqualTo(JakartaTime.today(clock));
    }

    private List<String> subjects(UserId user) {
        return inbox.messages(user, JakartaIndonesian.LOCALE, 500).stream().map(InboxMessage::subject).toList();
    }

    private String agencyName(Agency a) {
        return a.agreement().agencyName();
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage single(String to) {
        List<MimeMessage> messages = received(to);
        assertThat(messages).as("e-mails to " + to).hasSize(1);
        return messages.getFirst();
    }

    /** The locale of Indonesian texts. */
    static final class JakartaIndonesian {
        static final Locale LOCALE = id.gerbang.common.Messages.INDONESIAN;
    }
}
