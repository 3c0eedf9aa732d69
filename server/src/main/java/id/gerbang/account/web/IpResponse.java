package id.gerbang.account.web;

import id.gerbang.account.IpRegistration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record IpResponse(
        long id,
        long agencyId,
        String address,
        String officeName,
        String officeAddress,
        String status,
        String requestedBy,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable String removedBy,
        @Nullable Instant removedAt,
        @Nullable String removalReason) {

    static IpResponse of(IpRegistration r) {
        return new IpResponse(r.id(), r.agency().value(), r.network(), r.officeName(), r.officeAddress(),
                r.status().name(), r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedAt(), r.decisionReason(),
                r.removedBy(), r.removedAt(), r.removalReason());
    }
}
