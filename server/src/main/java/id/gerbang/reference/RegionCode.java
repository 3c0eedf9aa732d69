package id.gerbang.reference;

import id.gerbang.common.GerbangException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative region code at any of the four levels, held dot-less ({@code 3204102001}).
 * Accepts the three forms in use: dotted {@code 32.04.10.2001} (the Kepmendagri list; a hyphen as
 * in the web service's {@code 32-04} works too), dot-less {@code 3204102001} (NIK prefixes, SIAK
 * exports) and the web service's unpadded numbers {@code NO_PROP 32, NO_KAB 4, NO_KEC 10,
 * NO_KEL 2001} ({@link #ofNumbers}). Malformed input fails with a {@link GerbangException} whose
 * {@link ReferenceError} says exactly what is wrong (message arguments are strings, so numbers are
 * never rendered with digit grouping); the value itself is never looked up here
 * (use {@link Regions} for that).
 *
 * <p>Ranges: province 11-99, regency 01-99, district 01-99, village 0001-9999.
 *
 * @param plain the dot-less code: 2, 4, 6 or 10 digits
 */
public record RegionCode(String plain) implements Comparable<RegionCode> {

    static final String[] PART_NAMES = {"NO_PROP", "NO_KAB", "NO_KEC", "NO_KEL"};
    private static final int[] PART_DIGITS = {2, 2, 2, 4};
    private static final int[] PART_MIN = {11, 1, 1, 1};
    private static final int[] PART_MAX = {99, 99, 99, 9999};

    public RegionCode {
        if (plain.isEmpty()) {
            throw new GerbangException(ReferenceError.REGION_CODE_EMPTY);
        }
        checkCharacters(plain, false);
        if (RegionLevel.ofDigits(plain.length()).isEmpty()) {
            throw new GerbangException(ReferenceError.REGION_CODE_LENGTH, String.valueOf(plain.length()));
        }
        int start = 0;
        for (int part = 0; start < plain.length(); part++) {
            int end = start + PART_DIGITS[part];
            checkRange(part, Integer.parseInt(plain, start, end, 10));
            start = end;
        }
    }

    /**
     * Parses a dotted, hyphenated or dot-less code; spaces around it are ignored.
     *
     * @throws GerbangException with a {@link ReferenceError} {@code REGION_CODE_*} entry
     */
    public static RegionCode parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new GerbangException(ReferenceError.REGION_CODE_EMPTY);
        }
        checkCharacters(s, true);
        if (s.indexOf('.') < 0 && s.indexOf('-') < 0) {
            return new RegionCode(s);
        }
        String[] parts = s.split("[.-]", -1);
        if (parts.length > PART_NAMES.length) {
            throw new GerbangException(ReferenceError.REGION_CODE_PARTS, String.valueOf(parts.length));
        }
        StringBuilder plain = new StringBuilder(10);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new GerbangException(ReferenceError.REGION_CODE_PARTS, String.valueOf(parts.length));
            }
            if (parts[i].length() != PART_DIGITS[i]) {
                throw new GerbangException(ReferenceError.REGION_CODE_PART_LENGTH,
                        PART_NAMES[i], String.valueOf(PART_DIGITS[i]), String.valueOf(parts[i].length()));
            }
            plain.append(parts[i]);
        }
        return new RegionCode(plain.toString());
    }

    /** Like {@link #parse} but empty instead of an exception. */
    public static Optional<RegionCode> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (GerbangException e) {
            return Optional.empty();
        }
    }

    /**
     * From the web service's unpadded numbers ({@code NO_PROP, NO_KAB, NO_KEC, NO_KEL}); pass
     * {@code null} for the levels below the one meant: {@code ofNumbers(32, 4, null, null)} is the
     * regency {@code 32.04}.
     *
     * @throws GerbangException {@code REGION_CODE_EMPTY} without a province,
     *     {@code REGION_NUMBERS_GAP} when a lower number is given without the one above it,
     *     {@code REGION_CODE_PART_RANGE} for a number outside its range
     */
    public static RegionCode ofNumbers(@Nullable Integer province, @Nullable Integer regency,
            @Nullable Integer district, @Nullable Integer village) {
        Integer[] numbers = {province, regency, district, village};
        StringBuilder plain = new StringBuilder(10);
        int missing = -1;
        for (int i = 0; i < numbers.length; i++) {
            Integer n = numbers[i];
            if (n == null) {
                if (missing < 0) {
                    missing = i;
                }
                continue;
            }
            if (missing >= 0) {
                throw new GerbangException(ReferenceError.REGION_NUMBERS_GAP, PART_NAMES[i], PART_NAMES[missing]);
            }
            checkRange(i, n);
            plain.append(pad(n, PART_DIGITS[i]));
        }
        if (plain.isEmpty()) {
            throw new GerbangException(ReferenceError.REGION_CODE_EMPTY);
        }
        return new RegionCode(plain.toString());
    }

    public RegionLevel level() {
        return RegionLevel.ofDigits(plain.length()).orElseThrow();
    }

    /** {@code 32.04.10.2001}. */
    public String dotted() {
        StringBuilder sb = new StringBuilder(13);
        int start = 0;
        for (int part = 0; start < plain.length(); part++) {
            if (part > 0) {
                sb.append('.');
            }
            sb.append(plain, start, start + PART_DIGITS[part]);
            start += PART_DIGITS[part];
        }
        return sb.toString();
    }

    /** The enclosing region's code; empty for a province. */
    public Optional<RegionCode> parent() {
        return level().parent().map(this::upTo);
    }

    /**
     * This code cut to a level at or above its own: {@code 32.04.10.2001} up to REGENCY is
     * {@code 32.04}.
     *
     * @throws IllegalArgumentException for a level below this code's
     */
    public RegionCode upTo(RegionLevel level) {
        if (level.digits() > plain.length()) {
            throw new IllegalArgumentException(level + " is below " + level());
        }
        return level.digits() == plain.length() ? this : new RegionCode(plain.substring(0, level.digits()));
    }

    /** Whether this region is {@code other} or lies inside it. */
    public boolean isWithin(RegionCode other) {
        return plain.startsWith(other.plain);
    }

    /** {@code NO_PROP}: the province number, e.g. 32. */
    public int provinceNumber() {
        return part(0);
    }

    /** {@code NO_KAB} unpadded (4 for 32.04), or null for a province. */
    public @Nullable Integer regencyNumber() {
        return plain.length() >= 4 ? part(1) : null;
    }

    /** {@code NO_KEC} unpadded, or null above district level. */
    public @Nullable Integer districtNumber() {
        return plain.length() >= 6 ? part(2) : null;
    }

    /** {@code NO_KEL} unpadded, or null above village level. */
    public @Nullable Integer villageNumber() {
        return plain.length() >= 10 ? part(3) : null;
    }

    /** A kota (regency number 71-99) or a region inside one. */
    public boolean isInCity() {
        Integer regency = regencyNumber();
        return regency != null && regency >= 71;
    }

    /** A kelurahan (village code starting with 1) rather than a desa (starting with 2). */
    public boolean isKelurahan() {
        return plain.length() == 10 && plain.charAt(6) == '1';
    }

    @Override
    public int compareTo(RegionCode other) {
        return plain.compareTo(other.plain);
    }

    /** The dotted form. */
    @Override
    public String toString() {
        return dotted();
    }

    private int part(int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += PART_DIGITS[i];
        }
        return Integer.parseInt(plain, start, start + PART_DIGITS[index], 10);
    }

    private static void checkCharacters(String s, boolean separatorsAllowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (separatorsAllowed && (c == '.' || c == '-'));
            if (!ok) {
                throw new GerbangException(ReferenceError.REGION_CODE_CHARACTER, printable(c), String.valueOf(i + 1));
            }
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private static void checkRange(int part, int value) {
        if (value < PART_MIN[part] || value > PART_MAX[part]) {
            throw new GerbangException(ReferenceError.REGION_CODE_PART_RANGE,
                    PART_NAMES[part], String.valueOf(value), String.valueOf(PART_MIN[part]), String.valueOf(PART_MAX[part]));
        }
    }

    private static String pad(int n, int digits) {
        String s = Integer.toString(n);
        return "0".repeat(digits - s.length()) + s;
    }
}
