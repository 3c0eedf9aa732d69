package id.gerbang.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident as the population register holds them: every element of the Dukcapil web service's
 * person record ({@code dukcapil-wire-protocol.md} section 3), coded elements as their SIAK codes
 * (labels from the reference module's {@code CodeLists}), plus citizenship and the record status.
 * Which of these a caller may see is the business of the agreement, not of this record.
 *
 * @param nik                   {@code NIK}
 * @param noKk                  {@code NO_KK}
 * @param fullName              {@code NAMA_LGKP}, upper case
 * @param sex                   {@code JENIS_KLMIN}
 * @param placeOfBirth          {@code TMPT_LHR}
 * @param dateOfBirth           {@code TGL_LHR}
 * @param religion              {@code AGAMA}, code list RELIGION
 * @param maritalStatus         {@code STATUS_KAWIN}, code list MARITAL_STATUS
 * @param occupation            {@code JENIS_PKRJN}, code list OCCUPATION
 * @param education             {@code PDDK_AKH}, code list EDUCATION
 * @param bloodType             {@code GOL_DARAH}, code list BLOOD_TYPE; null when not recorded
 * @param familyRelationship    {@code STAT_HBKEL}, code list FAMILY_RELATIONSHIP
 * @param motherName            {@code NAMA_LGKP_IBU}
 * @param fatherName            {@code NAMA_LGKP_AYAH}
 * @param motherNik             {@code NIK_IBU}; null when not recorded
 * @param fatherNik             {@code NIK_AYAH}; null when not recorded
 * @param address               {@code ALAMAT, DUSUN, NO_RT, NO_RW, NO_PROP ... NO_KEL, KODE_POS}: the family's
 * @param ektpStatus            {@code EKTP_STATUS}; null when not recorded
 * @param birthCertificateNo    {@code NO_AKTA_LHR}
 * @param marriageDate          {@code TGL_KWN}
 * @param marriageCertificateNo {@code NO_AKTA_KWN}
 * @param divorceDate           {@code TGL_CRAI}
 * @param divorceCertificateNo  {@code NO_AKTA_CRAI}
 * @param disability            {@code PNYDNG_CCT}, code list DISABILITY; a protected element; null for none
 * @param citizenship           code list CITIZENSHIP: 1 WNI, 2 WNA
 * @param status                the record's status
 * @param statusDate            when the status last changed; null when unknown
 */
public record Resident(
        Nik nik,
        NoKk noKk,
        String fullName,
        Sex sex,
        String placeOfBirth,
        LocalDate dateOfBirth,
        int religion,
        int maritalStatus,
        int occupation,
        int education,
        @Nullable Integer bloodType,
        int familyRelationship,
        @Nullable String motherName,
        @Nullable String fatherName,
        @Nullable Nik motherNik,
        @Nullable Nik fatherNik,
        Address address,
        @Nullable EktpStatus ektpStatus,
        @Nullable String birthCertificateNo,
        @Nullable LocalDate marriageDate,
        @Nullable String marriageCertificateNo,
        @Nullable LocalDate divorceDate,
        @Nullable String divorceCertificateNo,
        @Nullable Integer disability,
        int citizenship,
        RecordStatus status,
        @Nullable LocalDate statusDate) {

    /** Family relationship code of the head of the family (KEPALA KELUARGA). */
    public static final int HEAD_OF_FAMILY = 1;

    public boolean isActive() {
        return status == RecordStatus.ACTIVE;
    }

    public boolean isHeadOfFamily() {
        return familyRelationship == HEAD_OF_FAMILY;
    }

    /** Masked: a resident never reaches a log with their data. */
    @Override
    public String toString() {
        return "Resident[" + nik.masked() + ", " + status + "]";
    }
}
