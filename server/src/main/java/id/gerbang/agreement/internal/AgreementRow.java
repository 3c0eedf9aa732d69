package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.PurposeCategory;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The agreement table's row: the parts of an agreement that addenda do not change. */
record AgreementRow(
        AgreementId id,
        AgencyId agencyId,
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
        long version) {
}
