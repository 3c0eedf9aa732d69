package id.gerbang.agreement;

/** What kind of body a user agency is. */
public enum AgencyKind {
    /** Kementerian / lembaga pusat. */
    CENTRAL_MINISTRY,
    /** Perangkat daerah provinsi. */
    PROVINCIAL_OFFICE,
    /** Perangkat daerah kabupaten/kota. */
    REGENCY_OFFICE,
    /** Badan usaha milik negara. */
    BUMN,
    /** Badan hukum swasta (banks, hospitals, insurers, ...). */
    PRIVATE
}
