package id.gerbang.registry.internal;

import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.RecordStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code resident} table as the bulk writers take it. Codes are SIAK codes; an
 * optional code or parent NIK that is absent is 0 (every SIAK code list starts at 1 and no NIK is
 * 0), so rows need no boxing.
 */
public record ResidentRow(
        long nik,
        long noKk,
        String fullName,
        int sex,
        String placeOfBirth,
        LocalDate dateOfBirth,
        int religion,
        int maritalStatus,
        int occupation,
        int education,
        int bloodType,
        int familyRelationship,
        @Nullable String motherName,
        @Nullable String fatherName,
        long motherNik,
        long fatherNik,
        @Nullable EktpStatus ektpStatus,
        @Nullable String birthCertificateNo,
        @Nullable LocalDate marriageDate,
        @Nullable String marriageCertificateNo,
        @Nullable LocalDate divorceDate,
        @Nullable String divorceCertificateNo,
        int disability,
        int citizenship,
        RecordStatus recordStatus,
        @Nullable LocalDate statusDate) {
}
