package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import org.jspecify.annotations.Nullable;

/**
 * The checks' verdict on a caller: admitted with a {@link Caller}, or refused with the outcome of
 * the first check that failed and whatever is known of the caller by then (for the access log).
 */
public record Admission(
        @Nullable Caller caller,
        ServiceOutcome refusal,
        @Nullable String userId,
        @Nullable AgencyId agency,
        @Nullable AgreementId agreement) {

    static Admission admitted(Caller caller) {
        return new Admission(caller, ServiceOutcome.FOUND, caller.userId(), caller.agency(), caller.agreement().id());
    }

    static Admission refused(ServiceOutcome outcome, @Nullable String userId, @Nullable AgencyId agency,
            @Nullable AgreementId agreement) {
        return new Admission(null, outcome, userId, agency, agreement);
    }

    public boolean isAdmitted() {
        return caller != null;
    }
}
