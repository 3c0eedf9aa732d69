package id.gerbang.quota;

import id.gerbang.account.ReviewWorkflow;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request to raise an agreement's daily quota: what it was, what is asked from which day and why;
 * when approved, the value granted, its start date and the reference (addendum or letter number);
 * the technical study (kajian teknis) attached to it, if any.
 */
public record IncreaseRequest(
        long id,
        AgreementId agreement,
        AgencyId agency,
        int currentQuota,
        int requestedQuota,
        LocalDate requestedFrom,
        String reason,
        Status status,
        String submittedBy,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable Integer approvedQuota,
        @Nullable LocalDate approvedFrom,
        @Nullable String reference,
        @Nullable TechnicalStudy study) implements ReviewWorkflow.Reviewed<IncreaseRequest.Status> {

    public enum Status { SUBMITTED, APPROVED, REJECTED, WITHDRAWN }

    public IncreaseRequest withStudy(@Nullable TechnicalStudy attached) {
        return new IncreaseRequest(id, agreement, agency, currentQuota, requestedQuota, requestedFrom, reason, status,
                submittedBy, submittedAt, decidedBy, decidedAt, decisionReason, approvedQuota, approvedFrom, reference,
                attached);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        state.put("agreementId", agreement.value());
        state.put("currentQuota", currentQuota);
        state.put("requestedQuota", requestedQuota);
        state.put("requestedFrom", requestedFrom.toString());
        state.put("status", status.name());
        state.put("approvedQuota", approvedQuota);
        state.put("approvedFrom", approvedFrom == null ? null : approvedFrom.toString());
        state.put("reference", reference);
        state.put("studySha256", study == null ? null : study.sha256());
        return state;
    }
}
