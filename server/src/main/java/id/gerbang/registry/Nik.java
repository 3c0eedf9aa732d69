package id.gerbang.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan, the lifelong 16-digit person number: {@code PPKKCC DDMMYY SSSS} =
 * district of first registration, birth date (day + 40 for women), serial from 0001; no check digit.
 *
 * <p>Hard rules ({@link InvalidNikException} with a {@link NikProblem}): 16 digits, province 11-96,
 * day 01-31 or 41-71, month 01-12, serial not 0000. Everything else is a soft finding in
 * {@link #warnings()}: a NIK never changes (not on moving, not when a birth date is corrected), so
 * its prefix and date can legitimately disagree with the person's record.
 *
 * <p>Equality is by number only. {@link #toString()} is masked so a NIK never reaches a log whole.
 */
public final class Nik extends IdNumber implements Comparable<Nik> {

    private Nik(long value, NikRegionCheck regions) {
        super(value, true, regions);
    }

    /**
     * Parses a NIK given as 16 digits (a string or a JSON integer's text); surrounding blanks are
     * ignored, a float notation ({@code 3.2041E15}, {@code ...0001.0}) is refused. Only the hard
     * rules and the calendar are checked; no I/O.
     *
     * @throws InvalidNikException naming the rule broken
     */
    public static Nik parse(String text) {
        return parse(text, IdNumberRules.NO_REGION_CHECK);
    }

    /**
     * Parses and also checks the district prefix against what {@code regions} knows, adding
     * {@link NikWarning#UNKNOWN_DISTRICT} or {@link NikWarning#RETIRED_DISTRICT}.
     */
    public static Nik parse(String text, NikRegionCheck regions) {
        try {
            return new Nik(IdNumberRules.check(text, true), regions);
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNikException(NikProblem.valueOf(e.rule.name()), e.args);
        }
    }

    /** From a number (a NIK stored as {@code bigint}). */
    public static Nik of(long value) {
        if (IdNumberRules.passes(value, true)) {
            return new Nik(value, IdNumberRules.NO_REGION_CHECK); // the register's rows: no text made and parsed again
        }
        try {
            return parse(IdNumberRules.ofLong(value));
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNikException(NikProblem.valueOf(e.rule.name()), e.args);
        }
    }

    /** Whether {@code text} passes the hard rules. */
    public static boolean isValid(String text) {
        return passes(text, true);
    }

    /** Whether {@code value} (a NIK stored as {@code bigint}) passes the hard rules. */
    public static boolean isValid(long value) {
        return IdNumberRules.passes(value, true);
    }

    /** The sex as encoded: female when the day digits are 41-71. */
    public Sex sex() {
        return encodedDay() > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** Digits 7-8 as written (01-31 or 41-71). */
    public int encodedDay() {
        return dateDay();
    }

    /** The day of birth, 1-31 (the +40 removed). */
    public int birthDay() {
        int day = encodedDay();
        return day > 40 ? day - 40 : day;
    }

    public int birthMonth() {
        return dateMonth();
    }

    /** Digits 11-12: the year of birth without its century. */
    public int birthYearOfCentury() {
        return dateYearOfCentury();
    }

    /**
     * The birth date as encoded, with the century rule: 20yy unless that would lie after
     * {@code today} (the two-digit year is greater than today's, or it is today's year and a later
     * day), then 19yy. Empty when the encoded date does not exist in that year
     * ({@link NikWarning#IMPOSSIBLE_DATE}; 29 February 1900).
     *
     * @param today the Jakarta day ({@code common.JakartaTime.today(clock)})
     */
    public Optional<LocalDate> birthDate(LocalDate today) {
        return IdNumberRules.date(birthDay(), birthMonth(), birthYearOfCentury(), today);
    }

    @Override
    public int compareTo(Nik other) {
        return Long.compare(value, other.value);
    }
}
