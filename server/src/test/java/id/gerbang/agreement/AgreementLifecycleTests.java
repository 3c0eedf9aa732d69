package id.gerbang.agreement;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.MutableClock;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgreementTest
class AgreementLifecycleTests {

    static final LocalDate SIGNED = LocalDate.of(2041, 12, 1);

    @Autowired
    Agreements agreements;

    @Autowired
    Agencies agencies;

    @Autowired
    MutableClock clock;

    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AgreementFixtures(agencies, agreements);
        clock.setDay(SIGNED);
    }

    @Test
    void aNewAgreementIsADraftThatGrantsNothingUntilActivated() {
        AgreementView draft = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));

        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreements.grantsAccessNow(draft.id()).reason()).isEqualTo(AccessReason.DRAFT);

        AgreementView active = agreements.activate(draft.id(), null, ADMIN);

        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreements.grantsAccessNow(draft.id()).reason()).isEqualTo(AccessReason.OK);
        assertThat(agreements.history(draft.id()).statusChanges())
                .extracting(AgreementStatusChange::from, AgreementStatusChange::to, AgreementStatusChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, AgreementStatus.DRAFT, ADMIN),
                        org.assertj.core.groups.Tuple.tuple(AgreementStatus.DRAFT, AgreementStatus.ACTIVE, ADMIN));
    }

    @Test
    void theDefaultTermIsTwoYearsFromSigningAsInPasal4() {
        AgreementDraft draft = AgreementFixtures.draft(fixtures.agency().id(), LocalDate.of(2040, 12, 1), null);
        AgreementDraft withoutDates = new AgreementDraft(draft.agencyId(), draft.registryNumber(), draft.agencyNumber(),
                draft.signedOn(), draft.signedPlace(), null, null, draft.approvalLetter(), draft.purpose(),
                draft.purposeCategory(), draft.elements(), draft.channels(), draft.feedback(), draft.dailyQuota(),
                draft.compatibility());

        AgreementView view = agreements.create(withoutDates, ADMIN);

        assertThat(view.validFrom()).isEqualTo(LocalDate.of(2040, 12, 1));
        assertThat(view.currentTerms().validUntil()).isEqualTo(LocalDate.of(2042, 12, 1));
    }

    @Test
    void accessEndsAtJakartaMidnightAfterTheLastValidDayWhetherOrNotTheJobRan() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);

        clock.setJakarta(LocalDateTime.of(lastDay, LocalTime.of(23, 59, 59)));
        AccessDecision lastSecond = agreements.grantsAccessNow(agreement.id());

        clock.setJakarta(LocalDateTime.of(lastDay.plusDays(1), LocalTime.MIDNIGHT));
        AccessDecision firstSecondAfter = agreements.grantsAccessNow(agreement.id());

        assertThat(lastSecond.reason()).isEqualTo(AccessReason.OK);
        assertThat(firstSecondAfter.reason()).isEqualTo(AccessReason.EXPIRED);
        assertThat(firstSecondAfter.terms().status()).isEqualTo(AgreementStatus.EXPIRED);
        // nothing has recorded the expiry yet: the decision is derived from the dates
        assertThat(agreements.find(agreement.id()).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreements.grantsAccessOn(agreement.id(), lastDay).granted()).isTrue();
        assertThat(agreements.grantsAccessOn(agreement.id(), lastDay.plusDays(1)).reason())
                .isEqualTo(AccessReason.EXPIRED);
    }

    @Test
    void anAgreementIsNotYetValidBeforeItsFirstDay() {
        AgreementDraft draft = AgreementFixtures.draft(fixtures.agency().id(), SIGNED, SIGNED.plusYears(2));
        AgreementDraft later = new AgreementDraft(draft.agencyId(), draft.registryNumber(), draft.agencyNumber(),
                draft.signedOn(), draft.signedPlace(), SIGNED.plusDays(10), draft.validUntil(), draft.approvalLetter(),
                draft.purpose(), draft.purposeCategory(), draft.elements(), draft.channels(), draft.feedback(),
                draft.dailyQuota(), draft.compatibility());
        AgreementView agreement = agreements.activate(agreements.create(later, ADMIN).id(), null, ADMIN);

        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(9)).reason())
                .isEqualTo(AccessReason.NOT_YET_VALID);
        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(10)).reason())
                .isEqualTo(AccessReason.OK);
    }

    @Test
    void anExtensionByAddendumMakesAnExpiredAgreementGrantAgainFromItsEffectiveDate() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);
        clock.setDay(lastDay.plusDays(3));
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.EXPIRED);

        // signed today, effective in two days: the gap stays expired
        LocalDate effective = lastDay.plusDays(5);
        AgreementView extended = agreements.recordAddendum(agreement.id(), new Addendum("ADD-1/" + agreement.id(),
                lastDay.plusDays(3), effective, "perpanjangan", lastDay.plusYears(2), null, null, null, null, null),
                ADMIN);

        assertThat(extended.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreements.grantsAccessOn(agreement.id(), effective.minusDays(1)).reason())
                .isEqualTo(AccessReason.EXPIRED);
        assertThat(agreements.grantsAccessOn(agreement.id(), effective).reason()).isEqualTo(AccessReason.OK);
        assertThat(agreements.termsOn(agreement.id(), effective).orElseThrow().validUntil())
                .isEqualTo(lastDay.plusYears(2));
        assertThat(agreements.history(agreement.id()).statusChanges())
                .extracting(AgreementStatusChange::to, AgreementStatusChange::actor)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(AgreementStatus.EXPIRED, "system"),
                        org.assertj.core.groups.Tuple.tuple(AgreementStatus.ACTIVE, ADMIN));
    }

    @Test
    void anExtensionRecordedBeforeTheEndContinuesWithoutAGap() {
        LocalDate lastDay = SIGNED.plusYears(2);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, lastDay);
        clock.setDay(lastDay.minusDays(20));
        agreements.recordAddendum(agreement.id(), new Addendum("ADD-X/" + agreement.id(), lastDay.minusDays(20),
                lastDay.plusDays(1), null, lastDay.plusYears(1), null, null, null, null, null), ADMIN);

        clock.setJakarta(LocalDateTime.of(lastDay, LocalTime.of(23, 59, 59)));
        assertThat(agreements.grantsAccessNow(agreement.id()).granted()).isTrue();
        clock.setJakarta(LocalDateTime.of(lastDay.plusDays(1), LocalTime.MIDNIGHT));
        assertThat(agreements.grantsAccessNow(agreement.id()).granted()).isTrue();
        clock.setJakarta(LocalDateTime.of(lastDay.plusYears(1).plusDays(1), LocalTime.MIDNIGHT));
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.EXPIRED);
    }

    @Test
    void suspensionAndResumptionAreRecordedWithTheirReasons() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        clock.setDay(SIGNED.plusDays(30));

        agreements.suspend(agreement.id(), "Laporan semester belum diterima", "admin.a");
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.SUSPENDED);
        clock.setDay(SIGNED.plusDays(40));
        agreements.resume(agreement.id(), "Laporan semester diterima", "admin.b");

        assertThat(agreements.grantsAccessNow(agreement.id()).granted()).isTrue();
        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(35)).reason())
                .isEqualTo(AccessReason.SUSPENDED);
        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(29)).granted()).isTrue();
        assertThat(agreements.history(agreement.id()).statusChanges())
                .extracting(AgreementStatusChange::to, AgreementStatusChange::actor, AgreementStatusChange::reason)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple(AgreementStatus.SUSPENDED, "admin.a",
                                "Laporan semester belum diterima"),
                        org.assertj.core.groups.Tuple.tuple(AgreementStatus.ACTIVE, "admin.b",
                                "Laporan semester diterima"));
    }

    @Test
    void terminationIsFinal() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));

        agreements.terminate(agreement.id(), "Perubahan kelembagaan PIHAK KEDUA (Pasal 5 huruf b)", ADMIN);

        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.TERMINATED);
        assertError(() -> agreements.resume(agreement.id(), "coba", ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.activate(agreement.id(), null, ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.terminate(agreement.id(), "lagi", ADMIN),
                AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.recordAddendum(agreement.id(), new Addendum("A-1", SIGNED, SIGNED, null,
                SIGNED.plusYears(5), null, null, null, null, null), ADMIN), AgreementError.AGREEMENT_CLOSED);
        assertError(() -> agreements.changeDailyQuota(agreement.id(), 200, SIGNED, "Q-1", ADMIN),
                AgreementError.AGREEMENT_CLOSED);
    }

    @Test
    void illegalTransitionsAreRejectedAndChangeNothing() {
        AgreementView draft = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));
        AgreementView active = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));

        assertError(() -> agreements.suspend(draft.id(), "x", ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.resume(draft.id(), "x", ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.resume(active.id(), "x", ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.activate(active.id(), null, ADMIN), AgreementError.AGREEMENT_ILLEGAL_TRANSITION);
        assertError(() -> agreements.updateDraft(active.id(),
                AgreementFixtures.draft(active.agencyId(), SIGNED, SIGNED.plusYears(1)), ADMIN),
                AgreementError.AGREEMENT_NOT_A_DRAFT);
        assertError(() -> agreements.recordAddendum(draft.id(), new Addendum("A-1", SIGNED, SIGNED, null,
                SIGNED.plusYears(5), null, null, null, null, null), ADMIN), AgreementError.ADDENDUM_NOT_ALLOWED);
        assertError(() -> agreements.suspend(active.id(), " ", ADMIN), AgreementError.REASON_REQUIRED);

        assertThat(agreements.find(draft.id()).orElseThrow().status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreements.find(active.id()).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreements.history(active.id()).statusChanges()).hasSize(2);
    }

    @Test
    void activationNeedsTheApprovalLetterAndAnEndNotYetPassed() {
        AgreementDraft seed = AgreementFixtures.draft(fixtures.agency().id(), SIGNED, SIGNED.plusYears(2));
        AgreementDraft unapproved = new AgreementDraft(seed.agencyId(), seed.registryNumber(), seed.agencyNumber(),
                seed.signedOn(), seed.signedPlace(), seed.validFrom(), seed.validUntil(), null, seed.purpose(),
                seed.purposeCategory(), seed.elements(), seed.channels(), seed.feedback(), seed.dailyQuota(),
                seed.compatibility());
        AgreementView draft = agreements.create(unapproved, ADMIN);
        assertError(() -> agreements.activate(draft.id(), null, ADMIN), AgreementError.APPROVAL_LETTER_REQUIRED);

        AgreementView old = fixtures.draftAgreement(SIGNED.minusYears(3), SIGNED.minusYears(1));
        assertError(() -> agreements.activate(old.id(), null, ADMIN), AgreementError.AGREEMENT_ALREADY_ENDED);
    }

    @Test
    void anInactiveAgencyGrantsNothingUntilReactivated() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        clock.setDay(SIGNED.plusDays(3));

        agencies.changeStatus(agreement.agencyId(), AgencyStatus.SUSPENDED, "Pelanggaran kewajiban Pasal 2", ADMIN);
        assertThat(agreements.grantsAccessNow(agreement.id()).reason()).isEqualTo(AccessReason.AGENCY_INACTIVE);

        clock.setDay(SIGNED.plusDays(5));
        agencies.changeStatus(agreement.agencyId(), AgencyStatus.ACTIVE, "Kewajiban dipenuhi", ADMIN);
        assertThat(agreements.grantsAccessNow(agreement.id()).granted()).isTrue();
        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(4)).reason())
                .isEqualTo(AccessReason.AGENCY_INACTIVE);

        agencies.changeStatus(agreement.agencyId(), AgencyStatus.REVOKED, "Dicabut", ADMIN);
        assertError(() -> agencies.changeStatus(agreement.agencyId(), AgencyStatus.ACTIVE, "x", ADMIN),
                AgreementError.AGENCY_ILLEGAL_TRANSITION);
        assertThat(agencies.history(agreement.agencyId())).extracting(AgencyStatusChange::to)
                .containsExactly(AgencyStatus.ACTIVE, AgencyStatus.SUSPENDED, AgencyStatus.ACTIVE, AgencyStatus.REVOKED);
        assertError(() -> agreements.create(AgreementFixtures.draft(agreement.agencyId(), SIGNED, SIGNED.plusYears(1)),
                ADMIN), AgreementError.AGENCY_REVOKED);
    }

    @Test
    void unknownAgreementsGrantNothing() {
        assertThat(agreements.grantsAccessNow(new AgreementId(-5)).reason())
                .isEqualTo(AccessReason.UNKNOWN_AGREEMENT);
        assertThat(agreements.termsOn(new AgreementId(-5), SIGNED)).isEmpty();
    }

    static void assertError(Runnable action, AgreementError expected) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GerbangException.class,
                e -> assertThat(e.errorCode()).isEqualTo(expected));
    }
}
