package id.gerbang.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementCatalogueTests {

    /** Section 3 of docs/dukcapil-wire-protocol.md, in its order. */
    static final String WIRE_FIELDS = "NO_KK, NIK, NAMA_LGKP, JENIS_KLMIN, TMPT_LHR, TGL_LHR, AGAMA, STATUS_KAWIN, "
            + "JENIS_PKRJN, PDDK_AKH, GOL_DARAH, STAT_HBKEL, NAMA_LGKP_IBU, NAMA_LGKP_AYAH, NIK_IBU, NIK_AYAH, ALAMAT, "
            + "DUSUN, NO_RT, NO_RW, NO_PROP, PROP_NAME, NO_KAB, KAB_NAME, NO_KEC, KEC_NAME, NO_KEL, KEL_NAME, KODE_POS, "
            + "EKTP_STATUS, NO_AKTA_LHR, TGL_KWN, NO_AKTA_KWN, TGL_CRAI, NO_AKTA_CRAI, PNYDNG_CCT";

    @Test
    void theCatalogueHasEveryPersonFieldOfTheWireProtocolWithItsKey() {
        assertThat(Arrays.stream(Element.values()).map(Element::wireKey).toList())
                .containsExactlyElementsOf(List.of(WIRE_FIELDS.split(", ")));
        assertThat(Element.fromWireKey("nama_lgkp")).contains(Element.NAMA_LGKP);
        assertThat(Element.fromWireKey("NAMA")).isEmpty();
    }

    @Test
    void theSeedTemplateIsTheAgreementsGrant() {
        // PKS Pasal 2 (1) a and juknis 2.h: No. KK, NIK, name, sex, place and date of birth, marital status,
        // occupation, full address (address, province, regency, district, village codes and names, RT, RW)
        assertThat(ElementGrant.SEED_TEMPLATE.elements()).containsExactlyInAnyOrder(
                Element.NO_KK, Element.NIK, Element.NAMA_LGKP, Element.JENIS_KLMIN, Element.TMPT_LHR, Element.TGL_LHR,
                Element.STATUS_KAWIN, Element.JENIS_PKRJN, Element.ALAMAT, Element.NO_RT, Element.NO_RW,
                Element.NO_PROP, Element.PROP_NAME, Element.NO_KAB, Element.KAB_NAME, Element.NO_KEC,
                Element.KEC_NAME, Element.NO_KEL, Element.KEL_NAME);
        assertThat(ElementGroup.FULL_ADDRESS.elements()).doesNotContain(Element.DUSUN, Element.KODE_POS);
    }

    @Test
    void everythingOutsideTheTemplateIsProtected() {
        assertThat(ElementGrant.isProtected(Element.PNYDNG_CCT)).isTrue();
        assertThat(ElementGrant.isProtected(Element.NIK_IBU)).isTrue();
        assertThat(ElementGrant.isProtected(Element.NIK_AYAH)).isTrue();
        assertThat(ElementGrant.isProtected(Element.DUSUN)).isTrue();
        assertThat(ElementGrant.isProtected(Element.NIK)).isFalse();
        assertThat(Arrays.stream(Element.values()).filter(Element::speciallyProtected))
                .containsExactlyInAnyOrder(Element.PNYDNG_CCT, Element.NIK_IBU, Element.NIK_AYAH);
    }

    @Test
    void aGrantKnowsWhichProtectedElementsLackAReason() {
        ElementGrant grant = new ElementGrant(Set.of(Element.NIK, Element.PNYDNG_CCT, Element.AGAMA),
                Map.of(Element.AGAMA, "alasan", Element.NIK, "tidak perlu", Element.GOL_DARAH, "tidak diberikan"));

        assertThat(grant.missingReasons()).containsExactly(Element.PNYDNG_CCT);
        assertThat(grant.reasons()).containsOnlyKeys(Element.AGAMA);
        assertThat(ElementGrant.SEED_TEMPLATE.missingReasons()).isEmpty();
    }

    @Test
    void groupsAndElementsExpandByName() {
        assertThat(ElementGroup.expand(List.of("nik", "full_address"))).hasValueSatisfying(set ->
                assertThat(set).hasSize(12).contains(Element.NIK, Element.KEL_NAME));
        assertThat(ElementGroup.expand(List.of("NIK", "ALAMAT_LENGKAP"))).isEmpty();
    }

    @Test
    void theLifecycleGraph() {
        assertThat(AgreementStatus.DRAFT.successors())
                .containsExactlyInAnyOrder(AgreementStatus.ACTIVE, AgreementStatus.TERMINATED);
        assertThat(AgreementStatus.TERMINATED.successors()).isEmpty();
        assertThat(AgreementStatus.ACTIVE.canBecome(AgreementStatus.DRAFT)).isFalse();
        assertThat(AgencyStatus.REVOKED.canBecome(AgencyStatus.ACTIVE)).isFalse();
        assertThat(AgencyStatus.SUSPENDED.canBecome(AgencyStatus.ACTIVE)).isTrue();
    }
}
