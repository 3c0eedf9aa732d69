package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A change of an agreement in force (PKS Pasal 9 ayat (2)). Only the non-null parts change; each
 * replaces the whole part (the new set of elements, not a difference). It takes effect at the start
 * of {@code effectiveFrom} (a Jakarta day, today at the earliest: history is never rewritten).
 *
 * @param number        the addendum's number
 * @param signedOn      its signing date
 * @param effectiveFrom the first day it applies
 * @param note          what it is about, free text
 * @param validUntil    a new last valid day (an extension, or an earlier end)
 * @param elements      a new grant of elements; protected elements already granted keep their
 *                      reason unless a new one is given
 * @param channels      new channels
 * @param feedback      new data-balikan obligations
 * @param dailyQuota    a new daily quota
 * @param compatibility new compatibility settings
 * @param service       new operations granted and local-user requirement
 */
public record Addendum(
        String number,
        LocalDate signedOn,
        LocalDate effectiveFrom,
        @Nullable String note,
        @Nullable LocalDate validUntil,
        @Nullable ElementGrant elements,
        @Nullable Set<Channel> channels,
        @Nullable FeedbackObligations feedback,
        @Nullable Integer dailyQuota,
        @Nullable CompatibilitySettings compatibility,
        @Nullable ServiceTerms service) {

    /** Without a change of the service terms. */
    public Addendum(String number, LocalDate signedOn, LocalDate effectiveFrom, @Nullable String note,
            @Nullable LocalDate validUntil, @Nullable ElementGrant elements, @Nullable Set<Channel> channels,
            @Nullable FeedbackObligations feedback, @Nullable Integer dailyQuota,
            @Nullable CompatibilitySettings compatibility) {
        this(number, signedOn, effectiveFrom, note, validUntil, elements, channels, feedback, dailyQuota, compatibility,
                null);
    }

    /** Whether it changes anything at all. */
    public boolean changesSomething() {
        return validUntil != null || elements != null || channels != null || feedback != null
                || dailyQuota != null || compatibility != null || service != null;
    }
}
