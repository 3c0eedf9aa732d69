package id.gerbang.quota;

import java.time.Instant;

/**
 * @param limit    the daily limit that decided: the agreement's, or for {@link QuotaOutcome#EXHAUSTED_USER}
 *                 the user's
 * @param resetsAt the next Jakarta midnight after the day asked for, for {@code Retry-After}
 */
public record QuotaDecision(QuotaOutcome outcome, long limit, Instant resetsAt) {

    public boolean granted() {
        return outcome == QuotaOutcome.GRANTED;
    }
}
