package id.gerbang.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as it stands: its parties' numbers, signing, approval and purpose, the stored
 * status, and the terms in effect today.
 */
public record AgreementView(
        AgreementId id,
        AgencyId agencyId,
        String agencyName,
        String registryNumber,
        String agencyNumber,
        LocalDate signedOn,
        String signedPlace,
        LocalDate validFrom,
        @Nullable ApprovalLetter approvalLetter,
        String purpose,
        PurposeCategory purposeCategory,
        AgreementStatus status,
        Instant createdAt,
        String createdBy,
        long version,
        AgreementTerms currentTerms) {
}
