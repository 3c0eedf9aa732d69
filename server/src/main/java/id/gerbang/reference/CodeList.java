package id.gerbang.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * The code lists Gerbang knows: the SIAK lists the population register stores as codes, and the
 * SIMFONI-PPA categories the violence-against-women-and-children reporting uses.
 */
public enum CodeList {
    /** Jenis kelamin ({@code JENIS_KLMIN}). */
    SEX,
    /** Agama ({@code AGAMA}). */
    RELIGION,
    /** Status perkawinan ({@code STATUS_KAWIN}); the KK labels "KAWIN TERCATAT" etc. map to these codes. */
    MARITAL_STATUS,
    /** Pendidikan terakhir ({@code PDDK_AKH}). */
    EDUCATION,
    /** Status hubungan dalam keluarga, SHDK ({@code STAT_HBKEL}). */
    FAMILY_RELATIONSHIP,
    /** Golongan darah ({@code GOL_DARAH}). */
    BLOOD_TYPE,
    /** Penyandang cacat ({@code PNYDNG_CCT}). */
    DISABILITY,
    /** Jenis pekerjaan ({@code JENIS_PKRJN}), 89 codes. */
    OCCUPATION,
    /** Kewarganegaraan: WNI, WNA. */
    CITIZENSHIP,
    /** SIMFONI-PPA: jenis kekerasan. */
    VIOLENCE_TYPE,
    /** SIMFONI-PPA: tempat kejadian. */
    INCIDENT_PLACE,
    /** SIMFONI-PPA: hubungan pelaku dengan korban. */
    PERPETRATOR_RELATIONSHIP,
    /** SIMFONI-PPA: jenis layanan, the eight legacy categories (1-8). */
    SERVICE,
    /** SIMFONI-PPA: fungsi layanan UPTD PPA of Permen PPPA 2/2022 (F1-F6, held as 1-6). */
    SERVICE_FUNCTION,
    /** SIMFONI-PPA: kelompok umur korban. */
    AGE_GROUP;

    /** The name in URLs: {@code marital-status}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** By enum name or slug, any case: {@code MARITAL_STATUS}, {@code marital-status}. */
    public static Optional<CodeList> of(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CodeList list : values()) {
            if (list.name().equals(normal)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
