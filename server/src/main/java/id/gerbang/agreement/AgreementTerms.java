package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agreement allows on one date: the original terms with every addendum and quota change
 * effective on or before that date applied, and the status at the end of that date.
 *
 * @param agreementId   the agreement
 * @param date          the date these terms are for (a Jakarta day)
 * @param status        the status on that date; {@link AgreementStatus#EXPIRED} once
 *                      {@code date} is after {@code validUntil}, even before the expiry job has
 *                      recorded it
 * @param validFrom     the first valid day
 * @param validUntil    the last valid day (access ends at the following Jakarta midnight)
 * @param grantedElements the elements that may be returned or verified
 * @param protectedElementReasons why each protected element was granted
 * @param channels      the allowed channels
 * @param feedback      the data-balikan obligations
 * @param dailyQuota    lookups allowed per Jakarta day for the whole agreement
 * @param compatibility the compatible web service's settings
 * @param purpose       the purpose in the agreement's words
 * @param purposeCategory the legal category of the purpose
 * @param service       the operations granted and whether calls must name the local end user
 * @param appliedChanges the references (addendum numbers, quota-request references) applied, oldest
 *                      effective first
 */
public record AgreementTerms(
        AgreementId agreementId,
        LocalDate date,
        AgreementStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        Set<Element> grantedElements,
        Map<Element, String> protectedElementReasons,
        Set<Channel> channels,
        FeedbackObligations feedback,
        int dailyQuota,
        CompatibilitySettings compatibility,
        String purpose,
        PurposeCategory purposeCategory,
        ServiceTerms service,
        List<String> appliedChanges) {

    public AgreementTerms {
        Set<Element> elements = EnumSet.noneOf(Element.class);
        elements.addAll(grantedElements);
        grantedElements = Collections.unmodifiableSet(elements);
        protectedElementReasons = Map.copyOf(protectedElementReasons);
        Set<Channel> ch = EnumSet.noneOf(Channel.class);
        ch.addAll(channels);
        channels = Collections.unmodifiableSet(ch);
        appliedChanges = List.copyOf(appliedChanges);
    }

    public boolean grants(Element element) {
        return grantedElements.contains(element);
    }

    public boolean allows(Channel channel) {
        return channels.contains(channel);
    }

    /** Whether {@link #date} lies within the validity period. */
    public boolean withinValidity() {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
