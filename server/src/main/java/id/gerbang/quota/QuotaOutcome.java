package id.gerbang.quota;

/** The answer to one request for one unit of quota. Only {@link #GRANTED} consumes. */
public enum QuotaOutcome {
    GRANTED,
    /** The agreement's quota for the day is used up (or the agreement grants nothing that day). */
    EXHAUSTED_AGREEMENT,
    /** The user's own quota for the day is used up. */
    EXHAUSTED_USER
}
