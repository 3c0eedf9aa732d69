package id.gerbang.agreement;

import static id.gerbang.agreement.AgreementFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.MutableClock;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgreementTest
class ProtectedElementTests {

    static final LocalDate SIGNED = LocalDate.of(2044, 1, 10);

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
    void aProtectedElementWithoutAReasonIsRejected() {
        Set<Element> elements = EnumSet.copyOf(ElementGrant.TEMPLATE_ELEMENTS);
        elements.add(Element.PNYDNG_CCT);
        elements.add(Element.AGAMA);
        AgreementDraft draft = withElements(new ElementGrant(elements, Map.of(Element.AGAMA, "Lampiran butir 2")));

        assertThatThrownBy(() -> agreements.create(draft, ADMIN)).isInstanceOfSatisfying(GerbangException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(AgreementError.PROTECTED_ELEMENT_NEEDS_REASON);
            assertThat(e.fields()).containsOnlyKeys("protectedElementReasons.PNYDNG_CCT");
            assertThat(e.args()).containsExactly("PNYDNG_CCT");
        });
    }

    @Test
    void aProtectedElementWithAReasonIsGrantedAndTheReasonKept() {
        Set<Element> elements = EnumSet.copyOf(ElementGrant.TEMPLATE_ELEMENTS);
        elements.add(Element.NIK_IBU);
        AgreementView agreement = agreements.create(withElements(
                new ElementGrant(elements, Map.of(Element.NIK_IBU, "Perlindungan anak: verifikasi ibu"))), ADMIN);

        AgreementTerms terms = agreement.currentTerms();
        assertThat(terms.grants(Element.NIK_IBU)).isTrue();
        assertThat(terms.protectedElementReasons()).containsEntry(Element.NIK_IBU, "Perlindungan anak: verifikasi ibu");
    }

    @Test
    void grantingToAnAgreementInForceIsAnAddendumWithItsReference() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));

        assertThatThrownBy(() -> agreements.grantElements(agreement.id(), Set.of(Element.PNYDNG_CCT), "alasan",
                null, null, ADMIN)).isInstanceOfSatisfying(GerbangException.class,
                e -> assertThat(e.errorCode()).isEqualTo(CommonError.VALIDATION_FAILED));
        assertThatThrownBy(() -> agreements.grantElements(agreement.id(), Set.of(Element.PNYDNG_CCT), " ",
                "ADD-9", null, ADMIN)).isInstanceOfSatisfying(GerbangException.class,
                e -> assertThat(e.errorCode()).isEqualTo(AgreementError.REASON_REQUIRED));

        agreements.grantElements(agreement.id(), Set.of(Element.PNYDNG_CCT), "Surat Dirjen butir 4", "ADD-9",
                SIGNED.plusDays(2), ADMIN);

        assertThat(agreements.termsOn(agreement.id(), SIGNED.plusDays(1)).orElseThrow().grants(Element.PNYDNG_CCT))
                .isFalse();
        AgreementTerms after = agreements.termsOn(agreement.id(), SIGNED.plusDays(2)).orElseThrow();
        assertThat(after.grants(Element.PNYDNG_CCT)).isTrue();
        assertThat(after.grantedElements()).containsAll(ElementGrant.TEMPLATE_ELEMENTS);
        assertThat(after.protectedElementReasons()).containsEntry(Element.PNYDNG_CCT, "Surat Dirjen butir 4");
        assertThat(agreements.history(agreement.id()).amendments()).last()
                .satisfies(a -> assertThat(a.reference()).isEqualTo("ADD-9"));
    }

    @Test
    void aLaterAddendumKeepsTheReasonOfAnElementAlreadyGranted() {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        agreements.grantElements(agreement.id(), Set.of(Element.GOL_DARAH), "Layanan kesehatan darurat", "ADD-1",
                null, ADMIN);
        Set<Element> next = EnumSet.of(Element.NIK, Element.NAMA_LGKP, Element.GOL_DARAH);

        agreements.recordAddendum(agreement.id(), new Addendum("ADD-2", SIGNED, SIGNED.plusDays(3), null, null,
                new ElementGrant(next, Map.of()), null, null, null, null), ADMIN);

        AgreementTerms after = agreements.termsOn(agreement.id(), SIGNED.plusDays(3)).orElseThrow();
        assertThat(after.grantedElements()).containsExactlyInAnyOrderElementsOf(next);
        assertThat(after.protectedElementReasons()).containsEntry(Element.GOL_DARAH, "Layanan kesehatan darurat");
    }

    @Test
    void aDraftIsGrantedDirectly() {
        AgreementView draft = fixtures.draftAgreement(SIGNED, SIGNED.plusYears(2));

        AgreementView granted = agreements.grantElements(draft.id(), Set.of(Element.NIK_AYAH, Element.NIK_IBU),
                "Verifikasi hubungan keluarga", null, null, ADMIN);

        assertThat(granted.currentTerms().grantedElements()).contains(Element.NIK_AYAH, Element.NIK_IBU);
        assertThat(agreements.history(draft.id()).amendments()).hasSize(1);
    }

    private AgreementDraft withElements(ElementGrant grant) {
        AgreementDraft d = AgreementFixtures.draft(fixtures.agency().id(), SIGNED, SIGNED.plusYears(2));
        return new AgreementDraft(d.agencyId(), d.registryNumber(), d.agencyNumber(), d.signedOn(), d.signedPlace(),
                d.validFrom(), d.validUntil(), d.approvalLetter(), d.purpose(), d.purposeCategory(), grant,
                d.channels(), d.feedback(), d.dailyQuota(), d.compatibility());
    }
}
