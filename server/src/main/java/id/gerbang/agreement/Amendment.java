package id.gerbang.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an agreement's terms history: the original terms (every part set) or a change (only
 * the changed parts set). {@link Agreements#termsOn} applies them in order of
 * {@code effectiveFrom}, then {@code sequence}.
 */
public record Amendment(
        long sequence,
        AmendmentKind kind,
        @Nullable String reference,
        @Nullable LocalDate signedOn,
        LocalDate effectiveFrom,
        Instant recordedAt,
        String recordedBy,
        @Nullable String note,
        @Nullable LocalDate validUntil,
        @Nullable ElementGrant elements,
        @Nullable Set<Channel> channels,
        @Nullable FeedbackObligations feedback,
        @Nullable Integer dailyQuota,
        @Nullable CompatibilitySettings compatibility,
        @Nullable ServiceTerms service) {
}
