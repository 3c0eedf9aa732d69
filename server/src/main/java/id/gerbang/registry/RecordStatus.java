package id.gerbang.registry;

/**
 * The state of a resident's record in the register. Only {@link #ACTIVE} records are served as
 * found; the others are answered with their own Dukcapil response codes (deceased 11, duplicate
 * 12, inactive 14) by the web service.
 */
public enum RecordStatus {
    ACTIVE,
    DECEASED,
    /** Moved abroad (pindah ke luar negeri); the NIK stays but the person is no longer a resident. */
    MOVED_ABROAD,
    /** One of two or more records of the same person; blocked until Disdukcapil resolves it. */
    DUPLICATE_BLOCKED,
    /** Deactivated by Disdukcapil (for example, never updated in years); ask the office. */
    INACTIVE
}
