package id.gerbang.agreement;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static id.gerbang.agreement.AgreementLifecycleTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How the web services will find an agreement: by the compatible URL's agency code or regional path. */
@AgreementTest
class AgreementQueriesTests {

    static final LocalDate SIGNED = LocalDate.of(2048, 6, 1);

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
    void anAgreementIsFoundByItsAgencyCodeIgnoringCase() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        String code = agreement.currentTerms().compatibility().agencyCode();

        assertThat(agreements.findByAgencyCode(code.toLowerCase())).map(AgreementView::id).contains(agreement.id());
        assertThat(agreements.findByAgencyCode(code + "X")).isEmpty();
    }

    @Test
    void aRenewedAgreementTakesOverTheCodeOfOneThatEnded() {
        AgreementView old = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        String code = old.currentTerms().compatibility().agencyCode();
        AgreementDraft renewal = withCode(AgreementFixtures.draft(old.agencyId(), SIGNED, SIGNED.plusYears(2)), code);

        assertError(() -> agreements.create(renewal, ADMIN), AgreementError.AGENCY_CODE_IN_USE);

        agreements.terminate(old.id(), "Diganti PKS baru", ADMIN);
        AgreementView renewed = agreements.activate(agreements.create(renewal, ADMIN).id(), null, ADMIN);

        assertThat(agreements.findByAgencyCode(code)).map(AgreementView::id).contains(renewed.id());
    }

    @Test
    void aCodeChangedByAddendumMovesOnItsEffectiveDate() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        String oldCode = agreement.currentTerms().compatibility().agencyCode();
        String newCode = AgreementFixtures.unique("GANTI_");
        agreements.recordAddendum(agreement.id(), new Addendum("K/" + agreement.id(), SIGNED, SIGNED.plusDays(1), null,
                null, null, null, null, null, CompatibilitySettings.defaults(newCode)), ADMIN);

        assertThat(agreements.findByAgencyCode(oldCode)).isPresent();
        assertThat(agreements.findByAgencyCode(newCode)).isEmpty();
        clock.setDay(SIGNED.plusDays(1));
        assertThat(agreements.findByAgencyCode(oldCode)).isEmpty();
        assertThat(agreements.findByAgencyCode(newCode)).map(AgreementView::id).contains(agreement.id());
    }

    @Test
    void aRegionalDeploymentFindsTheAgreementByRegionAndUser() {
        String user = AgreementFixtures.unique("dinkes_");
        AgreementDraft draft = AgreementFixtures.draft(fixtures.agency().id(), SIGNED, SIGNED.plusYears(2));
        AgreementDraft regional = new AgreementDraft(draft.agencyId(), draft.registryNumber(), draft.agencyNumber(),
                draft.signedOn(), draft.signedPlace(), draft.validFrom(), draft.validUntil(), draft.approvalLetter(),
                draft.purpose(), draft.purposeCategory(), draft.elements(), draft.channels(), draft.feedback(),
                draft.dailyQuota(), new CompatibilitySettings(AgreementFixtures.unique("R_"), "32-04", user, true,
                        "dinkes", Map.of()));
        AgreementView agreement = agreements.create(regional, ADMIN);

        assertThat(agreements.findByRegionalPath("32-04", user.toUpperCase())).map(AgreementView::id)
                .contains(agreement.id());
        assertThat(agreements.findByRegionalPath("32-05", user)).isEmpty();
    }

    @Test
    void theAgencysAgreementsAreListedNewestFirst() {
        AgencyView agency = fixtures.agency();
        AgreementView first = agreements.create(AgreementFixtures.draft(agency.id(), SIGNED, SIGNED.plusYears(2)),
                ADMIN);
        AgreementView second = agreements.create(AgreementFixtures.draft(agency.id(), SIGNED, SIGNED.plusYears(2)),
                ADMIN);

        assertThat(agreements.forAgency(agency.id())).extracting(AgreementView::id)
                .containsExactly(second.id(), first.id());
        PageResult<AgreementView> page = agreements.list(AgreementStatus.DRAFT, agency.id(), 0, 1);
        assertThat(page.totalElements()).isEqualTo(2);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.items()).extracting(AgreementView::id).containsExactly(second.id());
    }

    @Test
    void everyAgencysAgreementsReadTogetherAreTheSameAsReadOneAgencyAtATime() {
        AgencyView one = fixtures.agency();
        AgreementView first = agreements.create(AgreementFixtures.draft(one.id(), SIGNED, SIGNED.plusYears(2)), ADMIN);
        agreements.activate(first.id(), null, ADMIN);
        agreements.recordAddendum(first.id(), new Addendum("ADD-1/" + first.id(), SIGNED, SIGNED.plusDays(10),
                "perpanjangan", SIGNED.plusYears(3), null, null, null, null, null), ADMIN);
        agreements.create(AgreementFixtures.draft(one.id(), SIGNED, SIGNED.plusYears(2)), ADMIN);
        AgreementView other = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        agreements.suspend(other.id(), "Laporan semester belum diterima", ADMIN);
        AgencyView none = fixtures.agency();

        Map<AgencyId, List<AgreementView>> together = agreements.byAgency();

        for (AgencyView agency : agencies.findAll()) {
            assertThat(together.getOrDefault(agency.id(), List.of())).as(agency.name())
                    .isEqualTo(agreements.forAgency(agency.id()));
        }
        assertThat(together.get(one.id())).hasSize(2);
        assertThat(together.get(other.agencyId())).singleElement().extracting(AgreementView::status)
                .isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(together).doesNotContainKey(none.id());
    }

    private static AgreementDraft withCode(AgreementDraft d, String code) {
        return new AgreementDraft(d.agencyId(), d.registryNumber(), d.agencyNumber(), d.signedOn(), d.signedPlace(),
                d.validFrom(), d.validUntil(), d.approvalLetter(), d.purpose(), d.purposeCategory(), d.elements(),
                d.channels(), d.feedback(), d.dailyQuota(), CompatibilitySettings.defaults(code));
    }
}
