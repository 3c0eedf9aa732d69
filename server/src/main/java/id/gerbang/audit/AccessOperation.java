package id.gerbang.audit;

/** What the caller asked for. */
public enum AccessOperation {
    /** Look one person up by NIK. */
    LOOKUP,
    /** Look up the members of a family (by NIK or No. KK). */
    FAMILY_LOOKUP,
    /** Verify submitted elements against the register (verification by elements). */
    VERIFICATION,
    /** Submit data feedback (data balikan). */
    FEEDBACK
}
