package id.gerbang.agreement.internal;

import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyStatusChange;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.AmendmentKind;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.common.JakartaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reconstructs an agreement's terms on any date from its history, without touching the database.
 *
 * <ul>
 * <li>Terms: the ORIGINAL version, then every later version whose effective date is on or before
 *     the date, in order of effective date and then of recording; each replaces the parts it sets.</li>
 * <li>Status: the last transition recorded before the end of the date (a Jakarta day); no
 *     transition yet means the agreement was not known then. An agreement in force whose last valid
 *     day has passed is {@link AgreementStatus#EXPIRED}, recorded or not.</li>
 * </ul>
 * See {@code docs/adr/0020-agreement-terms-history.md}.
 */
final class TermsFolder {

    private TermsFolder() {
    }

    /** The terms parts on a date, ignoring status. */
    static Folded fold(List<Amendment> amendments, LocalDate date) {
        List<Amendment> ordered = amendments.stream()
                .sorted(Comparator.comparing((Amendment a) -> a.kind() != AmendmentKind.ORIGINAL)
                        .thenComparing(Amendment::effectiveFrom).thenComparingLong(Amendment::sequence))
                .toList();
        if (ordered.isEmpty() || ordered.getFirst().kind() != AmendmentKind.ORIGINAL) {
            throw new IllegalStateException("an agreement's history starts with its original terms");
        }
        Amendment original = ordered.getFirst();
        LocalDate validUntil = required(original.validUntil());
        ElementGrant elements = required(original.elements());
        Set<Channel> channels = required(original.channels());
        FeedbackObligations feedback = required(original.feedback());
        int quota = required(original.dailyQuota());
        CompatibilitySettings compat = required(original.compatibility());
        ServiceTerms service = required(original.service());
        List<String> applied = new ArrayList<>();
        for (Amendment a : ordered.subList(1, ordered.size())) {
            if (a.effectiveFrom().isAfter(date)) {
                continue;
            }
            validUntil = a.validUntil() != null ? a.validUntil() : validUntil;
            elements = a.elements() != null ? a.elements() : elements;
            channels = a.channels() != null ? a.channels() : channels;
            feedback = a.feedback() != null ? a.feedback() : feedback;
            quota = a.dailyQuota() != null ? a.dailyQuota() : quota;
            compat = a.compatibility() != null ? a.compatibility() : compat;
            service = a.service() != null ? a.service() : service;
            if (a.reference() != null) {
                applied.add(a.reference());
            }
        }
        return new Folded(validUntil, elements, channels, feedback, quota, compat, service, applied);
    }

    /** The terms after every recorded version, including those effective in the future. */
    static Folded latest(List<Amendment> amendments) {
        return fold(amendments, LocalDate.MAX);
    }

    static Optional<AgreementTerms> termsOn(AgreementRow row, List<Amendment> amendments,
            List<AgreementStatusChange> transitions, LocalDate date) {
        Optional<AgreementStatus> recorded = statusAtEndOf(transitions, date);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Folded f = fold(amendments, date);
        AgreementStatus status = recorded.get();
        if (status.inForce() && date.isAfter(f.validUntil())) {
            status = AgreementStatus.EXPIRED;
        }
        return Optional.of(new AgreementTerms(row.id(), date, status, row.validFrom(), f.validUntil(),
                f.elements().elements(), f.elements().reasons(), f.channels(), f.feedback(), f.dailyQuota(),
                f.compatibility(), row.purpose(), row.purposeCategory(), f.service(), f.applied()));
    }

    static Optional<AgreementStatus> statusAtEndOf(List<AgreementStatusChange> transitions, LocalDate date) {
        Instant end = JakartaTime.startOf(date.plusDays(1));
        AgreementStatus status = null;
        for (AgreementStatusChange t : transitions) {
            if (t.at().isBefore(end)) {
                status = t.to();
            }
        }
        return Optional.ofNullable(status);
    }

    static Optional<AgencyStatus> agencyStatusAtEndOf(List<AgencyStatusChange> transitions, LocalDate date) {
        Instant end = JakartaTime.startOf(date.plusDays(1));
        AgencyStatus status = null;
        for (AgencyStatusChange t : transitions) {
            if (t.at().isBefore(end)) {
                status = t.to();
            }
        }
        return Optional.ofNullable(status);
    }

    /** The access rule, in the order of {@link AccessReason}. */
    static AccessDecision decide(Optional<AgreementTerms> terms, Optional<AgencyStatus> agency) {
        if (terms.isEmpty()) {
            return new AccessDecision(AccessReason.UNKNOWN_AGREEMENT, null);
        }
        AgreementTerms t = terms.get();
        if (agency.isEmpty() || agency.get() != AgencyStatus.ACTIVE) {
            return new AccessDecision(AccessReason.AGENCY_INACTIVE, t);
        }
        AccessReason reason = switch (t.status()) {
            case TERMINATED -> AccessReason.TERMINATED;
            case DRAFT -> AccessReason.DRAFT;
            case EXPIRED -> AccessReason.EXPIRED;
            case SUSPENDED -> AccessReason.SUSPENDED;
            case ACTIVE -> t.date().isBefore(t.validFrom()) ? AccessReason.NOT_YET_VALID : AccessReason.OK;
        };
        return new AccessDecision(reason, t);
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the original terms set every part");
        }
        return value;
    }

    /** The terms' parts after folding. */
    record Folded(LocalDate validUntil, ElementGrant elements, Set<Channel> channels, FeedbackObligations feedback,
            int dailyQuota, CompatibilitySettings compatibility, ServiceTerms service, List<String> applied) {
    }
}
