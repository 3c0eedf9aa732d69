package id.gerbang.quota.web;

import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.TechnicalStudy;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record IncreaseResponse(
        long id,
        long agreementId,
        long agencyId,
        int currentQuota,
        int requestedQuota,
        LocalDate requestedFrom,
        String reason,
        String status,
        String submittedBy,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable Integer approvedQuota,
        @Nullable LocalDate approvedFrom,
        @Nullable String reference,
        @Nullable TechnicalStudy study) {

    static IncreaseResponse of(IncreaseRequest r) {
        return new IncreaseResponse(r.id(), r.agreement().value(), r.agency().value(), r.currentQuota(),
                r.requestedQuota(), r.requestedFrom(), r.reason(), r.status().name(), r.submittedBy(), r.submittedAt(),
                r.decidedBy(), r.decidedAt(), r.decisionReason(), r.approvedQuota(), r.approvedFrom(), r.reference(),
                r.study());
    }
}
