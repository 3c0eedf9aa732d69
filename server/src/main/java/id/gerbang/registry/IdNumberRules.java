package id.gerbang.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules NIK and No. KK share: 16 digits {@code PPKKCC DDMMYY SSSS}, province 11-96, a date,
 * serial from 0001. Package-private; {@link Nik} and {@link NoKk} turn a {@link Broken} rule into
 * their own exception.
 */
final class IdNumberRules {

    static final int LENGTH = 16;

    enum Rule { EMPTY, NOT_DIGITS, LENGTH, PROVINCE, DAY, MONTH, SERIAL_ZERO }

    /** A hard rule broken; args never hold the whole number. */
    static final class Broken extends RuntimeException {
        final Rule rule;
        final transient Object[] args;

        Broken(Rule rule, Object... args) {
            super(rule.name(), null, false, false);
            this.rule = rule;
            this.args = args;
        }
    }

    private IdNumberRules() {
    }

    /**
     * The 16 digits of {@code text} as a number, after the hard rules; {@code dayPlus40} allows days
     * 41-71 (NIK).
     */
    static long check(String text, boolean dayPlus40) {
        String digits = digitsOf(text);
        if (digits.length() != LENGTH) {
            throw new Broken(Rule.LENGTH, digits.length());
        }
        long value = Long.parseLong(digits);
        Rule broken = broken(value, dayPlus40);
        if (broken != null) {
            throw switch (broken) {
                case PROVINCE -> new Broken(broken, digits.substring(0, 2));
                case DAY -> new Broken(broken, digits.substring(6, 8));
                case MONTH -> new Broken(broken, digits.substring(8, 10));
                default -> new Broken(broken);
            };
        }
        return value;
    }

    /**
     * The digits of {@code text} with surrounding blanks removed. Nothing else is accepted: no sign,
     * no decimal point, no exponent. A number written as a float ({@code 3.2041E15},
     * {@code 3204..0001.0}) has passed through a 53-bit binary float somewhere and may stand for a
     * neighbour's NIK, so it is refused rather than guessed (issue 13 point 7, ADR 0058).
     */
    static String digitsOf(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new Broken(Rule.EMPTY);
        }
        int bad = firstNonDigit(s);
        if (bad < 0) {
            return s;
        }
        throw new Broken(Rule.NOT_DIGITS, bad + 1);
    }

    /**
     * Whether {@code value} passes the hard rules, decided on the number itself: what {@link #check}
     * decides for its decimal text, without making that text (the register's reads build four
     * numbers per row, docs/adr/0050). A number of any other length than 16 digits has a province
     * outside 11-96.
     */
    static boolean passes(long value, boolean dayPlus40) {
        return broken(value, dayPlus40) == null;
    }

    /**
     * The first of the province, day, month and serial rules that the 16 digits of {@code value}
     * (leading zeros included) break, or {@code null}.
     */
    private static @Nullable Rule broken(long value, boolean dayPlus40) {
        int province = (int) (value / 100_000_000_000_000L);
        if (province < 11 || province > 96) {
            return Rule.PROVINCE;
        }
        int day = (int) (value / 100_000_000L % 100);
        if (!((day >= 1 && day <= 31) || (dayPlus40 && day >= 41 && day <= 71))) {
            return Rule.DAY;
        }
        int month = (int) (value / 1_000_000L % 100);
        if (month < 1 || month > 12) {
            return Rule.MONTH;
        }
        return value % 10_000 == 0 ? Rule.SERIAL_ZERO : null;
    }

    static String ofLong(long value) {
        if (value < 0) {
            throw new Broken(Rule.NOT_DIGITS, 1);
        }
        return Long.toString(value);
    }

    /** Whether day/month/yy exists in at least one of 19yy and 20yy. */
    static boolean possibleDate(int day, int month, int yy) {
        int max = switch (month) {
            case 2 -> yy % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= max;
    }

    /**
     * The date with the century rule: 20yy, unless that lies after {@code today} (a two-digit year
     * greater than today's, or this year but a later day), then 19yy. Empty when the day does not
     * exist in that year.
     */
    static Optional<LocalDate> date(int day, int month, int yy, LocalDate today) {
        int year = 2000 + yy;
        boolean future = year > today.getYear()
                || (year == today.getYear() && (month > today.getMonthValue()
                        || (month == today.getMonthValue() && day > today.getDayOfMonth())));
        if (future) {
            year -= 100;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** @param district the first six digits, asked of {@code regions} only when it knows regions */
    static Set<NikWarning> warnings(long district, int day, int month, int yy, NikRegionCheck regions) {
        boolean possible = possibleDate(day, month, yy);
        NikRegionCheck.DistrictStatus status = regions == NO_REGION_CHECK ? NikRegionCheck.DistrictStatus.CURRENT
                : regions.statusOf(Long.toString(district));
        if (possible && status == NikRegionCheck.DistrictStatus.CURRENT) {
            return Set.of();
        }
        Set<NikWarning> warnings = EnumSet.noneOf(NikWarning.class);
        if (!possible) {
            warnings.add(NikWarning.IMPOSSIBLE_DATE);
        }
        switch (status) {
            case RETIRED -> warnings.add(NikWarning.RETIRED_DISTRICT);
            case UNKNOWN -> warnings.add(NikWarning.UNKNOWN_DISTRICT);
            case CURRENT -> { }
        }
        return Collections.unmodifiableSet(warnings);
    }

    /** The first six digits then ten asterisks: safe to log. */
    static String masked(String digits) {
        return digits.substring(0, 6) + "**********";
    }

    private static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    /** Used by {@link Nik#parse(String)}: no region knowledge, so no region warnings. */
    static final NikRegionCheck NO_REGION_CHECK = district -> NikRegionCheck.DistrictStatus.CURRENT;
}
