package id.gerbang.anomaly;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alert: a rule that fired for a subject in a window.
 *
 * @param calls     what the rule counted in the window (calls, agencies or family members)
 * @param threshold the count at which the rule fires (for a volume spike: above the user's usual volume)
 * @param nik       the NIK of a NIK alert: for the registry's alert page only, never in a text that
 *                  leaves it (notifications, e-mail, application logs)
 */
public record Alert(long id, AnomalyRule rule, SubjectKind subjectKind, Instant windowStart, Instant windowEnd,
                    @Nullable Long agencyId, @Nullable String userId, @Nullable String sourceIp, @Nullable Long nik,
                    long calls, long threshold, long firstSeq, long lastSeq, Instant raisedAt, AlertStatus status,
                    @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String note) {

    public boolean open() {
        return status == AlertStatus.OPEN;
    }
}
