package id.gerbang.agreement;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.MutableClock;
import id.gerbang.common.AdministrativeAction;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every change publishes its administrative-log record and its change event inside the changing
 * transaction (so the audit module's record commits with the change).
 */
@AgreementTest
@Import(AgreementEventsTests.Recorder.class)
class AgreementEventsTests {

    static final LocalDate SIGNED = LocalDate.of(2046, 5, 1);

    @Autowired
    Agreements agreements;

    @Autowired
    Agencies agencies;

    @Autowired
    MutableClock clock;

    @Autowired
    Recorder recorder;

    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AgreementFixtures(agencies, agreements);
        clock.setDay(SIGNED);
    }

    @Test
    void everyAgreementChangeIsRecordedWithActorBeforeAndAfterInsideTheTransaction() {
        AgreementView draft = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));
        recorder.clear();

        agreements.activate(draft.id(), null, "admin.activator");
        agreements.suspend(draft.id(), "Laporan terlambat", "admin.suspender");
        agreements.changeDailyQuota(draft.id(), 150, SIGNED.plusDays(1), "KUOTA-1", "admin.quota");

        List<AdministrativeAction> actions = recorder.actions("agreement", draft.id());
        assertThat(actions).extracting(AdministrativeAction::action, AdministrativeAction::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("agreement.activated", "admin.activator"),
                        org.assertj.core.groups.Tuple.tuple("agreement.suspended", "admin.suspender"),
                        org.assertj.core.groups.Tuple.tuple("agreement.quota-changed", "admin.quota"));
        AdministrativeAction suspended = actions.get(1);
        assertThat(suspended.subjectType()).isEqualTo("agreement");
        assertThat(suspended.reason()).isEqualTo("Laporan terlambat");
        assertThat(suspended.before()).isInstanceOfSatisfying(AgreementView.class,
                v -> assertThat(v.status()).isEqualTo(AgreementStatus.ACTIVE));
        assertThat(suspended.after()).isInstanceOfSatisfying(AgreementView.class,
                v -> assertThat(v.status()).isEqualTo(AgreementStatus.SUSPENDED));
        AdministrativeAction quota = actions.get(2);
        assertThat(quota.before()).isInstanceOfSatisfying(AgreementTerms.class,
                t -> assertThat(t.dailyQuota()).isEqualTo(100));
        assertThat(quota.after()).isInstanceOfSatisfying(AgreementTerms.class,
                t -> assertThat(t.dailyQuota()).isEqualTo(150));
        assertThat(recorder.inTransaction).allMatch(Boolean::booleanValue);
        assertThat(recorder.changedAgreements).filteredOn(draft.id()::equals).hasSize(3);
    }

    @Test
    void agencyChangesAreRecordedAndInvalidateTheirAgreements() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        recorder.clear();

        agencies.changeStatus(agreement.agencyId(), AgencyStatus.SUSPENDED, "Pemeriksaan", "admin.x");

        assertThat(recorder.actions("agency", agreement.agencyId()))
                .singleElement().satisfies(a -> {
                    assertThat(a.action()).isEqualTo("agency.status-changed");
                    assertThat(a.before()).isInstanceOfSatisfying(AgencyView.class,
                            v -> assertThat(v.status()).isEqualTo(AgencyStatus.ACTIVE));
                    assertThat(a.after()).isInstanceOfSatisfying(AgencyView.class,
                            v -> assertThat(v.status()).isEqualTo(AgencyStatus.SUSPENDED));
                });
        assertThat(recorder.changedAgencies).contains(agreement.agencyId());
        assertThat(recorder.changedAgreements).contains(agreement.id());
    }

    @Test
    void theSystemRecordsItsExpiry() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusDays(10));
        clock.setDay(SIGNED.plusDays(11));
        recorder.clear();

        agreements.terminate(agreement.id(), "Tidak diperpanjang", ADMIN);

        assertThat(recorder.actions("agreement", agreement.id()))
                .extracting(AdministrativeAction::action, AdministrativeAction::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("agreement.expired", "system"),
                        org.assertj.core.groups.Tuple.tuple("agreement.terminated", ADMIN));
    }

    @Test
    void aFailedChangePublishesNothing() {
        AgreementView agreement = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));
        recorder.clear();

        try {
            agreements.resume(agreement.id(), "x", ADMIN);
        } catch (RuntimeException expected) {
            // illegal transition
        }

        assertThat(recorder.actions("agreement", agreement.id())).isEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {

        final List<AdministrativeAction> actions = new CopyOnWriteArrayList<>();
        final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
        final List<AgreementId> changedAgreements = new CopyOnWriteArrayList<>();
        final List<AgencyId> changedAgencies = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AdministrativeAction action) {
            actions.add(action);
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }

        @EventListener
        void on(AgreementChanged event) {
            changedAgreements.add(event.agreementId());
        }

        @EventListener
        void on(AgencyChanged event) {
            changedAgencies.add(event.agencyId());
        }

        List<AdministrativeAction> actions(String subjectType, Object subjectId) {
            return actions.stream()
                    .filter(a -> a.subjectType().equals(subjectType) && a.subjectId().equals(subjectId.toString()))
                    .toList();
        }

        void clear() {
            actions.clear();
            inTransaction.clear();
            changedAgreements.clear();
            changedAgencies.clear();
        }
    }
}
