package id.gerbang.registry;

import id.gerbang.reference.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

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
public final class Nik implements Comparable<Nik> {

    private final long value;
    private final Set<NikWarning> warnings;

    private Nik(String digits, NikRegionCheck regions) {
        this.value = Long.parseLong(digits);
        this.warnings = IdNumberRules.warnings(digits, birthDay(), birthMonth(), birthYearOfCentury(), regions);
    }

    /**
     * Parses a NIK given as text or as a JSON number's text; surrounding spaces are ignored. Only
     * the hard rules and the calendar are checked; no I/O.
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
        try {
            return parse(IdNumberRules.ofLong(value));
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNikException(NikProblem.valueOf(e.rule.name()), e.args);
        }
    }

    /** Whether {@code text} passes the hard rules. */
    public static boolean isValid(String text) {
        try {
            IdNumberRules.check(text, true);
            return true;
        } catch (IdNumberRules.Broken e) {
            return false;
        }
    }

    public long asLong() {
        return value;
    }

    /** The 16 digits. */
    public String value() {
        return Long.toString(value);
    }

    /** The first six digits then {@code **********}: the only form that may be logged. */
    public String masked() {
        return IdNumberRules.masked(value());
    }

    /** The six-digit district code of first registration, e.g. {@code 320410}. */
    public String districtCode() {
        return Long.toString(value / 10_000_000_000L);
    }

    /** {@link #districtCode()} as a region code; empty when the prefix is not a well-formed district code (regency or district 00). */
    public Optional<RegionCode> district() {
        return RegionCode.tryParse(districtCode());
    }

    /** The sex as encoded: female when the day digits are 41-71. */
    public Sex sex() {
        return encodedDay() > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** Digits 7-8 as written (01-31 or 41-71). */
    public int encodedDay() {
        return (int) (value / 100_000_000L % 100);
    }

    /** The day of birth, 1-31 (the +40 removed). */
    public int birthDay() {
        int day = encodedDay();
        return day > 40 ? day - 40 : day;
    }

    public int birthMonth() {
        return (int) (value / 1_000_000L % 100);
    }

    /** Digits 11-12: the year of birth without its century. */
    public int birthYearOfCentury() {
        return (int) (value / 10_000L % 100);
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

    /** Digits 13-16, 1-9999. */
    public int serial() {
        return (int) (value % 10_000);
    }

    /** Soft findings; empty for an unremarkable NIK. */
    public Set<NikWarning> warnings() {
        return warnings;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public int compareTo(Nik other) {
        return Long.compare(value, other.value);
    }

    /** Masked, see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }
}
