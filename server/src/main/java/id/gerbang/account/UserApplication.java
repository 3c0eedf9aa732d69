package id.gerbang.account;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application for a user ID with the fields of juknis item 2.e.
 *
 * @param nik              the applicant's NIK (16 digits); shown to administrators, never logged
 * @param nip              employee number (NIP, 18 digits) of civil servants (PNS) and government
 *                         employees on contract (PPPK); {@code null} for others
 * @param officeRegionCode the office's region code, dotted ({@code 32.73})
 * @param localUserId      the applicant's user ID in the agency's own application
 * @param issuedUserId     the user ID issued on approval
 */
public record UserApplication(
        long id,
        AgencyId agency,
        @Nullable AgreementId agreement,
        Roles requestedRole,
        String nik,
        String fullName,
        @Nullable String nip,
        EmploymentStatus employmentStatus,
        String position,
        String officeRegionCode,
        String officeName,
        String officeAddress,
        String localUserId,
        Status status,
        String submittedBy,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable String issuedUserId) implements ReviewWorkflow.Reviewed<UserApplication.Status> {

    public enum Status { SUBMITTED, APPROVED, REJECTED, WITHDRAWN }

    /** Status kepegawaian. */
    public enum EmploymentStatus {
        /** Pegawai Negeri Sipil: civil servant, has a NIP. */
        PNS,
        /** Pegawai Pemerintah dengan Perjanjian Kerja: government employee on contract, has a NIP. */
        PPPK,
        /** Tenaga honorer: non-permanent staff, no NIP. */
        HONORER,
        OTHER;

        public boolean hasNip() {
            return this == PNS || this == PPPK;
        }
    }

    /** What the administrative log may show: no NIK beyond its first six digits, no name. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        state.put("agencyId", agency.value());
        state.put("agreementId", agreement == null ? null : agreement.value());
        state.put("requestedRole", requestedRole.name());
        state.put("nik", nik.substring(0, 6) + "**********");
        state.put("employmentStatus", employmentStatus.name());
        state.put("officeRegionCode", officeRegionCode);
        state.put("status", status.name());
        state.put("issuedUserId", issuedUserId);
        return state;
    }
}
