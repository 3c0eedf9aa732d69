package id.gerbang.agreement;

/** Why an agreement does or does not grant access on a date; checked in this order. */
public enum AccessReason {
    /** No such agreement (or it was not yet recorded in Gerbang on that date). */
    UNKNOWN_AGREEMENT,
    /** The agency is suspended or revoked. */
    AGENCY_INACTIVE,
    /** Terminated (early end by the parties, institutional change, or a breach: PKS Pasal 5, 9). */
    TERMINATED,
    /** Still a draft: not yet activated by the registry. */
    DRAFT,
    /** Suspended by the registry. */
    SUSPENDED,
    /** The date is before the first valid day. */
    NOT_YET_VALID,
    /** The last valid day has passed. */
    EXPIRED,
    /** Access is granted. */
    OK
}
