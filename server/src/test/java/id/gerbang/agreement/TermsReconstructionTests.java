package id.gerbang.agreement;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static id.gerbang.agreement.AgreementLifecycleTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.MutableClock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgreementTest
class TermsReconstructionTests {

    static final LocalDate SIGNED = LocalDate.of(2043, 3, 1);

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
    void theTermsOnAnyDateApplyExactlyTheChangesEffectiveByThen() {
        LocalDate end = SIGNED.plusYears(2).minusDays(1);
        AgreementView agreement = fixtures.activeAgreement(SIGNED, end);
        AgreementId id = agreement.id();
        LocalDate channelsFrom = SIGNED.plusMonths(2);
        LocalDate quotaFrom = SIGNED.plusMonths(6);
        LocalDate extendedFrom = end.minusMonths(1);

        // recorded out of order: the later change first
        agreements.recordAddendum(id, new Addendum("ADD-2/" + id, SIGNED, extendedFrom, "perpanjangan",
                end.plusYears(2), null, null, null, null, null), ADMIN);
        agreements.recordAddendum(id, new Addendum("ADD-1/" + id, SIGNED, channelsFrom, "hanya web service",
                null, null, Set.of(Channel.WEB_SERVICE), null, null, null), ADMIN);
        clock.setDay(quotaFrom.minusDays(10));
        agreements.changeDailyQuota(id, 250, quotaFrom, "KUOTA-7", "quota.approver");

        AgreementTerms original = agreements.termsOn(id, channelsFrom.minusDays(1)).orElseThrow();
        assertThat(original.channels()).containsExactlyInAnyOrder(Channel.WEB_SERVICE, Channel.WEB_PORTAL);
        assertThat(original.dailyQuota()).isEqualTo(100);
        assertThat(original.validUntil()).isEqualTo(end);
        assertThat(original.appliedChanges()).isEmpty();

        AgreementTerms afterChannels = agreements.termsOn(id, channelsFrom).orElseThrow();
        assertThat(afterChannels.channels()).containsExactly(Channel.WEB_SERVICE);
        assertThat(afterChannels.dailyQuota()).isEqualTo(100);
        assertThat(afterChannels.appliedChanges()).containsExactly("ADD-1/" + id);

        assertThat(agreements.termsOn(id, quotaFrom.minusDays(1)).orElseThrow().dailyQuota()).isEqualTo(100);
        AgreementTerms afterQuota = agreements.termsOn(id, quotaFrom).orElseThrow();
        assertThat(afterQuota.dailyQuota()).isEqualTo(250);
        assertThat(afterQuota.channels()).containsExactly(Channel.WEB_SERVICE);
        assertThat(afterQuota.validUntil()).isEqualTo(end);

        AgreementTerms extended = agreements.termsOn(id, extendedFrom).orElseThrow();
        assertThat(extended.validUntil()).isEqualTo(end.plusYears(2));
        assertThat(extended.appliedChanges()).containsExactly("ADD-1/" + id, "KUOTA-7", "ADD-2/" + id);
        assertThat(agreements.termsOn(id, extendedFrom.minusDays(1)).orElseThrow().validUntil()).isEqualTo(end);

        // the elements and everything else not changed carry through
        assertThat(extended.grantedElements()).isEqualTo(ElementGrant.TEMPLATE_ELEMENTS);
        assertThat(extended.feedback().methods())
                .containsExactlyInAnyOrder(FeedbackMethod.WEB_SERVICE, FeedbackMethod.ONLINE_FORM);
        assertThat(extended.compatibility()).isEqualTo(agreement.currentTerms().compatibility());

        assertThat(agreements.history(id).amendments()).extracting(Amendment::kind)
                .containsExactly(AmendmentKind.ORIGINAL, AmendmentKind.ADDENDUM, AmendmentKind.QUOTA_CHANGE,
                        AmendmentKind.ADDENDUM);
    }

    @Test
    void beforeTheAgreementWasRecordedThereAreNoTerms() {
        clock.setDay(SIGNED.plusDays(5));
        AgreementView agreement = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));

        assertThat(agreements.termsOn(agreement.id(), SIGNED.plusDays(4))).isEmpty();
        assertThat(agreements.termsOn(agreement.id(), SIGNED.plusDays(5))).isPresent();
        assertThat(agreements.grantsAccessOn(agreement.id(), SIGNED.plusDays(4)).reason())
                .isEqualTo(AccessReason.UNKNOWN_AGREEMENT);
    }

    @Test
    void historyIsNeverRewritten() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        clock.setDay(SIGNED.plusDays(10));

        assertError(() -> agreements.recordAddendum(agreement.id(), new Addendum("A/" + agreement.id(), SIGNED,
                SIGNED.plusDays(9), null, null, null, null, null, 300, null), ADMIN),
                AgreementError.EFFECTIVE_DATE_IN_PAST);
        assertError(() -> agreements.changeDailyQuota(agreement.id(), 300, SIGNED.plusDays(9), "Q", ADMIN),
                AgreementError.EFFECTIVE_DATE_IN_PAST);
        assertError(() -> agreements.recordAddendum(agreement.id(), new Addendum("B/" + agreement.id(), SIGNED,
                SIGNED.plusDays(10), null, null, null, null, null, null, null), ADMIN), AgreementError.ADDENDUM_EMPTY);
        agreements.recordAddendum(agreement.id(), new Addendum("C/" + agreement.id(), SIGNED, SIGNED.plusDays(10),
                null, null, null, null, null, 300, null), ADMIN);
        assertError(() -> agreements.recordAddendum(agreement.id(), new Addendum("c/" + agreement.id(), SIGNED,
                SIGNED.plusDays(10), null, null, null, null, null, 400, null), ADMIN),
                AgreementError.ADDENDUM_NUMBER_IN_USE);
        assertThat(agreements.termsOn(agreement.id(), SIGNED.plusDays(9)).orElseThrow().dailyQuota()).isEqualTo(100);
    }

    @Test
    void aDraftIsEditedInPlaceAndKeepsNoAddenda() {
        AgreementView draft = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));
        AgreementDraft changed = AgreementFixtures.draft(draft.agencyId(), SIGNED, SIGNED.plusYears(1));

        AgreementView updated = agreements.updateDraft(draft.id(), changed, ADMIN);
        agreements.changeDailyQuota(draft.id(), 500, SIGNED, "Q-draft", ADMIN);

        assertThat(updated.registryNumber()).isEqualTo(changed.registryNumber());
        assertThat(agreements.history(draft.id()).amendments()).hasSize(1);
        AgreementTerms terms = agreements.termsOn(draft.id(), SIGNED).orElseThrow();
        assertThat(terms.validUntil()).isEqualTo(SIGNED.plusYears(1));
        assertThat(terms.dailyQuota()).isEqualTo(500);
    }

    @Test
    void anAddendumCanReplaceElementsFeedbackAndCompatibility() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        String code = AgreementFixtures.unique("BARU_");
        Set<Element> fewer = EnumSet.of(Element.NIK, Element.NAMA_LGKP);
        agreements.recordAddendum(agreement.id(), new Addendum("E/" + agreement.id(), SIGNED, SIGNED.plusDays(1),
                null, null, new ElementGrant(fewer, Map.of()), null,
                new FeedbackObligations(Set.of(FeedbackKind.VICTIM), Set.of(FeedbackMethod.EXCEL_UPLOAD)), null,
                new CompatibilitySettings(code, "32", AgreementFixtures.unique("dp3akb"), true, "dinkes",
                        Map.of("DINKES", new CompatibilitySettings.AliasMethod(
                                CompatibilitySettings.Operation.NIK_LOOKUP, "dinkes")))), ADMIN);

        AgreementTerms before = agreements.termsOn(agreement.id(), SIGNED).orElseThrow();
        AgreementTerms after = agreements.termsOn(agreement.id(), SIGNED.plusDays(1)).orElseThrow();

        assertThat(before.grantedElements()).hasSize(19);
        assertThat(after.grantedElements()).containsExactlyInAnyOrderElementsOf(fewer);
        assertThat(after.feedback().kinds()).containsExactly(FeedbackKind.VICTIM);
        assertThat(after.compatibility().agencyCode()).isEqualTo(code);
        assertThat(after.compatibility().numbersAsStrings()).isTrue();
        assertThat(after.compatibility().alias("dinkes"))
                .isEqualTo(new CompatibilitySettings.AliasMethod(CompatibilitySettings.Operation.NIK_LOOKUP, "dinkes"));
        assertThat(before.compatibility().numbersAsStrings()).isFalse();
    }
}
