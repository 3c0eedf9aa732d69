package id.gerbang.access.internal;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verification by elements (protocol section 5): each element the caller sent, that the protocol
 * knows as a verification element and that the caller's agreement grants, compared with the
 * register's value. Exact for identity numbers, dates, sex, codes, numbers and region names;
 * a 0-100 {@link Similarity} for name, place of birth, address and mother's name, "Sesuai" at or
 * above the threshold. An element that is not granted is treated exactly like a key the protocol
 * does not know: not compared and not answered, so the answer reveals nothing about it (ADR 0041).
 * Never returns a stored value.
 */
public final class ElementVerifier {

    private final Labels labels;

    public ElementVerifier(Labels labels) {
        this.labels = labels;
    }

    /** The verdicts in the fields' wire order; empty when nothing verifiable and granted was sent. */
    public List<ElementVerdict> verify(ElementValues sent, PersonValues stored, Set<PersonField> granted, int threshold) {
        List<ElementVerdict> verdicts = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            String value = sent.get(field);
            if (value == null || !field.verifiable() || !granted.contains(field)) {
                continue;
            }
            Object mine = stored.value(field);
            if (field.match().fuzzy()) {
                int score = mine == null ? 0 : Similarity.score(kind(field.match()), value, (String) mine);
                verdicts.add(new ElementVerdict(field, score >= threshold, score));
            } else {
                verdicts.add(ElementVerdict.exact(field, mine != null && exactMatch(field, value, mine)));
            }
        }
        return verdicts;
    }

    private boolean exactMatch(PersonField field, String value, Object mine) {
        return switch (field.match()) {
            case IDENTITY -> digits(value).equals(mine);
            case DATE -> mine.equals(parseDate(value));
            case SEX -> Integer.valueOf(parseSex(value)).equals(mine);
            case NUMBER -> {
                OptionalInt n = parseNumber(value);
                yield n.isPresent() && n.getAsInt() == (Integer) mine;
            }
            case CODE -> {
                OptionalInt code = TextNormaliser.isDigits(value) ? parseNumber(value) : labels.code(field.codeKind(), value);
                yield code.isPresent() && code.getAsInt() == (Integer) mine;
            }
            case REGION_NAME -> TextNormaliser.regionKey(value).equals(TextNormaliser.regionKey((String) mine));
            default -> throw new IllegalStateException(field + " is not an exact element");
        };
    }

    private static TextNormaliser.Kind kind(PersonField.Match match) {
        return switch (match) {
            case NAME -> TextNormaliser.Kind.NAME;
            case PLACE -> TextNormaliser.Kind.PLACE;
            case ADDRESS -> TextNormaliser.Kind.ADDRESS;
            default -> throw new IllegalStateException(match + " is not fuzzy");
        };
    }

    static String digits(String value) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code dd-MM-yyyy} (what most clients send), {@code yyyy-MM-dd}, either with {@code /} or
     * {@code .} instead of {@code -}, and a time part after the date ignored; {@code null} when it is
     * not a date, which then matches nothing.
     */
    static @Nullable LocalDate parseDate(String value) {
        String v = value.strip();
        int space = v.indexOf(' ');
        int tee = v.indexOf('T');
        int cut = space > 0 ? space : tee > 0 ? tee : v.length();
        String[] parts = v.substring(0, cut).split("[-/.]");
        if (parts.length != 3) {
            return null;
        }
        try {
            if (parts[0].length() == 4) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            if (parts[2].length() == 4) {
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    /** 1 male, 2 female, 0 when not recognised (which matches nothing). */
    static int parseSex(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return switch (v) {
            case "L", "LK", "LAKILAKI", "LAKI", "LAKI2", "PRIA", "1", "MALE", "M" -> 1;
            case "P", "PR", "PEREMPUAN", "WANITA", "2", "FEMALE", "F", "W" -> 2;
            default -> 0;
        };
    }

    /** An unpadded number: {@code "003"} is 3; a dotted region code counts by its last part ({@code 32.04} is 4). */
    static OptionalInt parseNumber(String value) {
        String v = value.strip();
        int sep = Math.max(v.lastIndexOf('.'), v.lastIndexOf('-'));
        if (sep >= 0) {
            v = v.substring(sep + 1);
        }
        if (!TextNormaliser.isDigits(v) || v.length() > 9) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(v));
    }

    /**
     * The threshold as sent ({@code "80"}, {@code 90}, {@code "85.5"}, {@code "80%"}): a fractional
     * threshold is rounded up, since scores are whole numbers. Empty when it is not a number in 0..100.
     */
    public static OptionalInt parseThreshold(@Nullable String sent, int byDefault) {
        if (sent == null) {
            return OptionalInt.of(byDefault);
        }
        String v = sent.strip();
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || d < 0 || d > 100) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) Math.ceil(d));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
