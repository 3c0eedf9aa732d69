package id.gerbang.registry;

import java.util.Optional;

/** Jenis kelamin as SIAK codes it (list {@code SEX}: 1 LAKI-LAKI, 2 PEREMPUAN) and as the NIK encodes it (day + 40 for women). */
public enum Sex {
    MALE(1),
    FEMALE(2);

    private final int siakCode;

    Sex(int siakCode) {
        this.siakCode = siakCode;
    }

    /** The SIAK code: 1 for male, 2 for female. */
    public int siakCode() {
        return siakCode;
    }

    public static Optional<Sex> ofSiakCode(int code) {
        return switch (code) {
            case 1 -> Optional.of(MALE);
            case 2 -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
