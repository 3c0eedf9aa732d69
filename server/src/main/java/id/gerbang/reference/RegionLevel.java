package id.gerbang.reference;

import java.util.Optional;

/** The four levels of the Indonesian administrative region code, with their digit counts. */
public enum RegionLevel {
    /** Provinsi: 2 digits, {@code 32}. */
    PROVINCE(2),
    /** Kabupaten (01-69) or kota (71-99): 4 digits, {@code 32.04}. */
    REGENCY(4),
    /** Kecamatan: 6 digits, {@code 32.04.10}. The NIK prefix is a district code. */
    DISTRICT(6),
    /** Desa (first digit 2) or kelurahan (first digit 1): 10 digits, {@code 32.04.10.2001}. */
    VILLAGE(10);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** Number of digits of a dot-less code at this level. */
    public int digits() {
        return digits;
    }

    /** The level above, empty for {@link #PROVINCE}. */
    public Optional<RegionLevel> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level below, empty for {@link #VILLAGE}. */
    public Optional<RegionLevel> child() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The level of a dot-less code with this many digits. */
    public static Optional<RegionLevel> ofDigits(int digits) {
        for (RegionLevel level : values()) {
            if (level.digits == digits) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
