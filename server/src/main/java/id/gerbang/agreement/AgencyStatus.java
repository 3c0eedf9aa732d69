package id.gerbang.agreement;

/**
 * An agency's standing with the registry. Only {@link #ACTIVE} agencies are served; a suspension
 * can be lifted, a revocation is final.
 */
public enum AgencyStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    /** Whether an agency may move from this status to {@code target}. */
    public boolean canBecome(AgencyStatus target) {
        return switch (this) {
            case ACTIVE -> target == SUSPENDED || target == REVOKED;
            case SUSPENDED -> target == ACTIVE || target == REVOKED;
            case REVOKED -> false;
        };
    }
}
