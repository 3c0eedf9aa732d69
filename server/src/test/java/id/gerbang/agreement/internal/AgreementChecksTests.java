package id.gerbang.agreement.internal;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.Addendum;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgreementFixtures;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementTest;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.MutableClock;
import id.gerbang.agreement.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgreementTest
class AgreementChecksTests {

    static final LocalDate SIGNED = LocalDate.of(2045, 2, 1);

    @Autowired
    AgreementChecks checks;

    @Autowired
    Agreements agreements;

    @Autowired
    Agencies agencies;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AgreementFixtures(agencies, agreements);
        clock.setDay(SIGNED);
    }

    @Test
    void theCheckRecordsTheExpiryOnceAsSystemAfterJakartaMidnight() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);

        clock.setJakarta(LocalDateTime.of(lastDay, LocalTime.of(23, 59, 59)));
        checks.run();
        assertThat(status(agreement.id())).isEqualTo(AgreementStatus.ACTIVE);

        clock.setJakarta(LocalDateTime.of(lastDay.plusDays(1), LocalTime.of(0, 0, 0)));
        checks.run();
        checks.run();

        assertThat(status(agreement.id())).isEqualTo(AgreementStatus.EXPIRED);
        List<AgreementStatusChange> expiries = agreements.history(agreement.id()).statusChanges().stream()
                .filter(c -> c.to() == AgreementStatus.EXPIRED).toList();
        assertThat(expiries).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("system");
            assertThat(c.from()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(c.reason()).contains(lastDay.toString());
        });
        // the day itself still granted, in the reconstruction too
        assertThat(agreements.grantsAccessOn(agreement.id(), lastDay).granted()).isTrue();
    }

    @Test
    void aSuspendedAgreementExpiresTooAndAnExtensionPutsItBackToSuspended() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);
        agreements.suspend(agreement.id(), "Data balikan tidak dikirim", ADMIN);

        clock.setDay(lastDay.plusDays(2));
        checks.run();
        assertThat(status(agreement.id())).isEqualTo(AgreementStatus.EXPIRED);

        agreements.recordAddendum(agreement.id(), new Addendum("EXT/" + agreement.id(), lastDay.plusDays(2),
                lastDay.plusDays(2), null, lastDay.plusYears(1), null, null, null, null, null), ADMIN);

        assertThat(status(agreement.id())).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.SUSPENDED);
    }

    @Test
    void remindersAreCreatedAt90And30And7DaysBeforeTheEndOnceEach() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);

        for (LocalDate day = lastDay.minusDays(95); !day.isAfter(lastDay.plusDays(2)); day = day.plusDays(1)) {
            clock.setDay(day);
            checks.run();
            checks.run(); // a second server, or a restart, on the same day
        }

        assertThat(reminders(agreement.id())).extracting(Notification::daysBefore, Notification::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(90, lastDay.minusDays(90)),
                        org.assertj.core.groups.Tuple.tuple(30, lastDay.minusDays(30)),
                        org.assertj.core.groups.Tuple.tuple(7, lastDay.minusDays(7)));
        assertThat(reminders(agreement.id())).allSatisfy(n -> {
            assertThat(n.validUntil()).isEqualTo(lastDay);
            assertThat(n.messages().get("id")).contains(agreement.registryNumber()).contains(lastDay.toString());
            assertThat(n.messages().get("en")).contains("ends on " + lastDay);
        });
    }

    @Test
    void aLateStartCreatesOnlyTheNearestReminderAndAnExtensionStartsANewSeries() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);

        clock.setDay(lastDay.minusDays(20));
        checks.run();
        assertThat(reminders(agreement.id())).extracting(Notification::daysBefore).containsExactly(30);

        LocalDate newEnd = lastDay.plusYears(1);
        agreements.recordAddendum(agreement.id(), new Addendum("EXT/" + agreement.id(), lastDay.minusDays(20),
                lastDay.minusDays(20), null, newEnd, null, null, null, null, null), ADMIN);
        clock.setDay(lastDay.minusDays(7));
        checks.run();
        assertThat(reminders(agreement.id())).hasSize(1);

        clock.setDay(newEnd.minusDays(90));
        checks.run();
        assertThat(reminders(agreement.id())).extracting(Notification::validUntil, Notification::daysBefore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(lastDay, 30),
                        org.assertj.core.groups.Tuple.tuple(newEnd, 90));
    }

    @Test
    void noRemindersForDraftsOrTerminatedAgreements() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView draft = fixtures.draftAgreement(SIGNED, lastDay);
        AgreementView terminated = fixtures.activeAgreement(SIGNED, lastDay);
        agreements.terminate(terminated.id(), "Kesepakatan para pihak", ADMIN);

        clock.setDay(lastDay.minusDays(7));
        checks.run();

        assertThat(reminders(draft.id())).isEmpty();
        assertThat(reminders(terminated.id())).isEmpty();
    }

    @Test
    void acknowledgingANotificationRecordsWhoReadIt() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);
        clock.setDay(lastDay.minusDays(7));
        checks.run();
        Notification reminder = reminders(agreement.id()).getFirst();

        Notification read = notifications.acknowledge(reminder.id(), "admin.reader");
        Notification again = notifications.acknowledge(reminder.id(), "admin.other");

        assertThat(read.acknowledgedBy()).isEqualTo("admin.reader");
        assertThat(read.acknowledgedAt()).isEqualTo(clock.instant());
        assertThat(again.acknowledgedBy()).isEqualTo("admin.reader");
        assertThat(notifications.list(true, 0, 200).items()).extracting(Notification::id).doesNotContain(reminder.id());
    }

    @Test
    void anAgencyStatusChangeDoesNotDisturbTheCheck() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);
        agencies.changeStatus(agreement.agencyId(), AgencyStatus.SUSPENDED, "Audit", ADMIN);

        clock.setDay(lastDay.plusDays(1));
        checks.run();

        assertThat(status(agreement.id())).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.AGENCY_INACTIVE);
    }

    private AgreementStatus status(AgreementId id) {
        return agreements.find(id).orElseThrow().status();
    }

    private List<Notification> reminders(AgreementId id) {
        return notifications.forAgreement(id);
    }
}
