package id.gerbang.agreement;

import java.util.Locale;
import java.util.Optional;

/**
 * The element catalogue: every person field the Dukcapil web service can return
 * ({@code docs/dukcapil-wire-protocol.md} section 3). An agreement grants a subset; only granted
 * elements are ever returned or verified.
 */
public enum Element {
    NO_KK("NO_KK", "Nomor KK"),
    NIK("NIK", "NIK"),
    NAMA_LGKP("NAMA_LGKP", "Nama lengkap"),
    JENIS_KLMIN("JENIS_KLMIN", "Jenis kelamin"),
    TMPT_LHR("TMPT_LHR", "Tempat lahir"),
    TGL_LHR("TGL_LHR", "Tanggal lahir"),
    AGAMA("AGAMA", "Agama"),
    STATUS_KAWIN("STATUS_KAWIN", "Status perkawinan"),
    JENIS_PKRJN("JENIS_PKRJN", "Jenis pekerjaan"),
    PDDK_AKH("PDDK_AKH", "Pendidikan akhir"),
    GOL_DARAH("GOL_DARAH", "Golongan darah"),
    STAT_HBKEL("STAT_HBKEL", "Status hubungan dalam keluarga"),
    NAMA_LGKP_IBU("NAMA_LGKP_IBU", "Nama lengkap ibu"),
    NAMA_LGKP_AYAH("NAMA_LGKP_AYAH", "Nama lengkap ayah"),
    NIK_IBU("NIK_IBU", "NIK ibu"),
    NIK_AYAH("NIK_AYAH", "NIK ayah"),
    ALAMAT("ALAMAT", "Alamat"),
    DUSUN("DUSUN", "Dusun"),
    NO_RT("NO_RT", "RT"),
    NO_RW("NO_RW", "RW"),
    NO_PROP("NO_PROP", "Kode provinsi"),
    PROP_NAME("PROP_NAME", "Nama provinsi"),
    NO_KAB("NO_KAB", "Kode kabupaten/kota"),
    KAB_NAME("KAB_NAME", "Nama kabupaten/kota"),
    NO_KEC("NO_KEC", "Kode kecamatan"),
    KEC_NAME("KEC_NAME", "Nama kecamatan"),
    NO_KEL("NO_KEL", "Kode desa/kelurahan"),
    KEL_NAME("KEL_NAME", "Nama desa/kelurahan"),
    KODE_POS("KODE_POS", "Kode pos"),
    EKTP_STATUS("EKTP_STATUS", "Status perekaman KTP-el"),
    NO_AKTA_LHR("NO_AKTA_LHR", "Nomor akta kelahiran"),
    TGL_KWN("TGL_KWN", "Tanggal perkawinan"),
    NO_AKTA_KWN("NO_AKTA_KWN", "Nomor akta perkawinan"),
    TGL_CRAI("TGL_CRAI", "Tanggal perceraian"),
    NO_AKTA_CRAI("NO_AKTA_CRAI", "Nomor akta perceraian"),
    PNYDNG_CCT("PNYDNG_CCT", "Penyandang cacat (disabilitas)");

    private final String wireKey;
    private final String label;

    Element(String wireKey, String label) {
        this.wireKey = wireKey;
        this.label = label;
    }

    /** The key in the compatible JSON envelope, e.g. {@code NAMA_LGKP}. */
    public String wireKey() {
        return wireKey;
    }

    /** The Indonesian name used in agreements and juknis. */
    public String label() {
        return label;
    }

    /** Elements that the law names as specially protected (UU 24/2013): disability, parents' NIKs. */
    public boolean speciallyProtected() {
        return this == PNYDNG_CCT || this == NIK_IBU || this == NIK_AYAH;
    }

    /** Finds an element by its wire key, ignoring case. */
    public static Optional<Element> fromWireKey(String key) {
        String upper = key.trim().toUpperCase(Locale.ROOT);
        for (Element e : values()) {
            if (e.wireKey.equals(upper)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
