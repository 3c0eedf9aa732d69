package id.gerbang.agreement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded transition of an agreement's status: who, when, why. {@code from} is {@code null} for
 * the creation; {@code reference} names the addendum that caused it, if any.
 */
public record AgreementStatusChange(
        @Nullable AgreementStatus from,
        AgreementStatus to,
        Instant at,
        String actor,
        @Nullable String reason,
        @Nullable String reference) {
}
