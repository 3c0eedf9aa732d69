package id.gerbang.quota;

import id.gerbang.agreement.AgreementId;
import java.time.LocalDate;

/**
 * Units granted to an agreement on a Jakarta day, and its limit that day (0 when the agreement
 * grants nothing that day).
 */
public record DailyUsage(AgreementId agreement, LocalDate day, long used, long limit) {

    public long remaining() {
        return Math.max(0, limit - used);
    }
}
