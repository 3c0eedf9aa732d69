package id.gerbang.registry.internal.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns a DWH extract may have: the Dukcapil web service's element names
 * ({@code dukcapil-wire-protocol.md} section 3) plus three Gerbang extensions for what the web
 * service does not return ({@code KEWARGANEGARAAN}, {@code STATUS_PENDUDUK}, {@code TGL_STATUS}).
 * Header names are matched case-insensitively.
 */
enum ExtractColumn {
    NIK(true, 16),
    NO_KK(true, 16),
    NAMA_LGKP(true, 100),
    JENIS_KLMIN(true, 20),
    TMPT_LHR(true, 60),
    TGL_LHR(true, 10),
    AGAMA(true, 60),
    STATUS_KAWIN(true, 60),
    JENIS_PKRJN(true, 60),
    PDDK_AKH(true, 60),
    GOL_DARAH(false, 20),
    STAT_HBKEL(true, 60),
    NAMA_LGKP_IBU(false, 100),
    NAMA_LGKP_AYAH(false, 100),
    NIK_IBU(false, 16),
    NIK_AYAH(false, 16),
    ALAMAT(true, 200),
    DUSUN(false, 60),
    NO_RT(false, 3),
    NO_RW(false, 3),
    NO_PROP(true, 2),
    PROP_NAME(false, 100),
    NO_KAB(true, 2),
    KAB_NAME(false, 100),
    NO_KEC(true, 2),
    KEC_NAME(false, 100),
    NO_KEL(true, 4),
    KEL_NAME(false, 100),
    KODE_POS(false, 5),
    EKTP_STATUS(false, 40),
    NO_AKTA_LHR(false, 40),
    TGL_KWN(false, 10),
    NO_AKTA_KWN(false, 40),
    TGL_CRAI(false, 10),
    NO_AKTA_CRAI(false, 40),
    PNYDNG_CCT(false, 60),
    KEWARGANEGARAAN(false, 40),
    STATUS_PENDUDUK(false, 40),
    TGL_STATUS(false, 10);

    private final boolean required;
    private final int maxLength;

    ExtractColumn(boolean required, int maxLength) {
        this.required = required;
        this.maxLength = maxLength;
    }

    /** A row without a value here is rejected; a file without the column is refused as a whole. */
    boolean required() {
        return required;
    }

    /** The longest value the register keeps (text columns) or accepts (numbers, dates). */
    int maxLength() {
        return maxLength;
    }

    static Optional<ExtractColumn> of(String header) {
        String name = header.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (ExtractColumn column : values()) {
            if (column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
