package id.gerbang.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a cooperation agreement. The stored status changes only through recorded
 * transitions; {@link #EXPIRED} is also derived from the dates (an agreement whose last valid day
 * has passed is expired whether or not the nightly job has recorded it yet).
 *
 * <pre>
 * DRAFT -> ACTIVE | TERMINATED
 * ACTIVE -> SUSPENDED | TERMINATED | EXPIRED
 * SUSPENDED -> ACTIVE | TERMINATED | EXPIRED
 * EXPIRED -> ACTIVE | SUSPENDED (only by an extension addendum) | TERMINATED
 * TERMINATED -> (final)
 * </pre>
 */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    EXPIRED,
    TERMINATED,
    SUSPENDED;

    /** Whether the lifecycle allows moving from this status to {@code target}. */
    public boolean canBecome(AgreementStatus target) {
        return successors().contains(target);
    }

    public Set<AgreementStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, EXPIRED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED, EXPIRED);
            case EXPIRED -> EnumSet.of(ACTIVE, SUSPENDED, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    /** In force: signed, approved and activated, and neither ended nor terminated. */
    public boolean inForce() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
