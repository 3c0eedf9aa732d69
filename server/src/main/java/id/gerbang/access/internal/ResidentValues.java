package id.gerbang.access.internal;

import id.gerbang.registry.Address;
import id.gerbang.registry.Nik;
import id.gerbang.registry.Resident;
import org.jspecify.annotations.Nullable;

/**
 * A register record read field by field for the writer and the verifier, in the value types
 * {@link PersonValues} fixes. Region names come from {@link RegionNames}; labels are the writer's
 * business (codes are handed over as codes).
 */
public final class ResidentValues implements PersonValues {

    private final Resident resident;
    private final RegionNames regionNames;
    private RegionNames.@Nullable Names names;

    public ResidentValues(Resident resident, RegionNames regionNames) {
        this.resident = resident;
        this.regionNames = regionNames;
    }

    public Resident resident() {
        return resident;
    }

    @Override
    public @Nullable Object value(PersonField field) {
        Resident r = resident;
        Address a = r.address();
        return switch (field) {
            case NO_KK -> r.noKk().value();
            case NIK -> r.nik().value();
            case NAMA_LGKP -> r.fullName();
            case JENIS_KLMIN -> r.sex().siakCode();
            case TMPT_LHR -> r.placeOfBirth();
            case TGL_LHR -> r.dateOfBirth();
            case AGAMA -> r.religion();
            case STATUS_KAWIN -> r.maritalStatus();
            case JENIS_PKRJN -> r.occupation();
            case PDDK_AKH -> r.education();
            case GOL_DARAH -> r.bloodType();
            case STAT_HBKEL -> r.familyRelationship();
            case NAMA_LGKP_IBU -> r.motherName();
            case NAMA_LGKP_AYAH -> r.fatherName();
            case NIK_IBU -> digits(r.motherNik());
            case NIK_AYAH -> digits(r.fatherNik());
            case ALAMAT -> a.street();
            case DUSUN -> a.dusun();
            case NO_RT -> a.rt();
            case NO_RW -> a.rw();
            case NO_PROP -> a.provinceNo();
            case PROP_NAME -> names().province();
            case NO_KAB -> a.regencyNo();
            case KAB_NAME -> names().regency();
            case NO_KEC -> a.districtNo();
            case KEC_NAME -> names().district();
            case NO_KEL -> a.villageNo();
            case KEL_NAME -> names().village();
            case KODE_POS -> postalCode(a.postalCode());
            case EKTP_STATUS -> r.ektpStatus() == null ? null : r.ektpStatus().label();
            case NO_AKTA_LHR -> r.birthCertificateNo();
            case TGL_KWN -> r.marriageDate();
            case NO_AKTA_KWN -> r.marriageCertificateNo();
            case TGL_CRAI -> r.divorceDate();
            case NO_AKTA_CRAI -> r.divorceCertificateNo();
            case PNYDNG_CCT -> r.disability();
        };
    }

    private RegionNames.Names names() {
        if (names == null) {
            Address a = resident.address();
            names = regionNames.of(a.provinceNo(), a.regencyNo(), a.districtNo(), a.villageNo());
        }
        return names;
    }

    private static @Nullable String digits(@Nullable Nik nik) {
        return nik == null ? null : nik.value();
    }

    private static @Nullable Integer postalCode(@Nullable String code) {
        return code != null && TextNormaliser.isDigits(code) && code.length() <= 9 ? Integer.valueOf(code) : null;
    }
}
