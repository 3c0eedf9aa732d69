package id.gerbang.agreement;

/**
 * The uses of population data that the law allows (UU 24/2013 Pasal 58 ayat (4)): every
 * agreement's purpose falls under one of them.
 */
public enum PurposeCategory {
    /** Pelayanan publik (the seed agreement: verifying victims and programme recipients). */
    PUBLIC_SERVICE,
    /** Perencanaan pembangunan. */
    DEVELOPMENT_PLANNING,
    /** Alokasi anggaran. */
    BUDGET_ALLOCATION,
    /** Pembangunan demokrasi. */
    DEMOCRACY,
    /** Penegakan hukum dan pencegahan kriminal. */
    LAW_ENFORCEMENT
}
