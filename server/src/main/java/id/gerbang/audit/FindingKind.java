package id.gerbang.audit;

/** What {@code verify} found wrong. */
public enum FindingKind {
    /** The entry's content does not match its hash. */
    ALTERED,
    /** Entries are missing: a gap in the sequence, or a later entry that chains from a missing one. */
    DELETED,
    /** An entry that is not part of the chain: the next entry chains from the one before it. */
    INSERTED,
    /** Two entries are in each other's place. */
    REORDERED,
    /** A signed checkpoint covers entries past the end of the log. */
    TRUNCATED,
    /** A checkpoint's head hash differs from the chain at its sequence: the chain was rewritten. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature does not verify (forged, or its fields altered). */
    CHECKPOINT_SIGNATURE_INVALID,
    /** A checkpoint is signed by a key that is not trusted. */
    CHECKPOINT_UNKNOWN_KEY,
    /** An archive file, its manifest, or the database's link to the archive does not verify. */
    ARCHIVE_INVALID,
    /**
     * A signed archive is missing: its file or manifest is gone from the archive directory, or the
     * chain of signed manifests has a gap (entries that no archive present holds).
     */
    ARCHIVE_MISSING
}
