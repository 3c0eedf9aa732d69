package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.PurposeCategory;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The parts of an agreement stored in its own row (addenda never change them). */
record AgreementHeader(
        AgencyId agencyId,
        String registryNumber,
        String agencyNumber,
        LocalDate signedOn,
        String signedPlace,
        LocalDate validFrom,
        @Nullable ApprovalLetter approvalLetter,
        String purpose,
        PurposeCategory purposeCategory) {
}
