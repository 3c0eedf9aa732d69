package id.gerbang.account.web;

import id.gerbang.account.UserApplication;
import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A user-ID application with the fields of juknis item 2.e. */
record ApplicationRequest(
        @Schema(description = "Agency; optional for an agency administrator (its own agency)") @Nullable Long agencyId,
        @Schema(description = "Agreement; required for AGENCY_SERVICE") @Nullable Long agreementId,
        @Schema(allowableValues = {"AGENCY_ADMIN", "AGENCY_OPERATOR", "AGENCY_SERVICE"}) @NotNull Roles requestedRole,
        @Schema(description = "Nomor Induk Kependudukan, 16 digits") @NotBlank @Pattern(regexp = "\\d{16}") String nik,
        @NotBlank @Size(max = 100) String fullName,
        @Schema(description = "Nomor Induk Pegawai, 18 digits; required for PNS and PPPK")
        @Nullable @Pattern(regexp = "\\d{18}") String nip,
        @NotNull UserApplication.EmploymentStatus employmentStatus,
        @Schema(description = "Jabatan") @NotBlank @Size(max = 100) String position,
        @Schema(description = "Kode wilayah kantor, e.g. 32.73") @NotBlank @Size(max = 13) String officeRegionCode,
        @NotBlank @Size(max = 150) String officeName,
        @NotBlank @Size(max = 300) String officeAddress,
        @Schema(description = "The applicant's user ID in the agency's own application")
        @NotBlank @Size(max = 64) String localUserId) {
}
