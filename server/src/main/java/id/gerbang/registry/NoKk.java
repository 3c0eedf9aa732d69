package id.gerbang.registry;

import id.gerbang.reference.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Nomor Kartu Keluarga, the family card number: {@code PPKKCC DDMMYY SSSS} = district code of the
 * issuing office, the card's registration date (no +40), serial from 0001. It changes when a new
 * card is issued; the person key is the {@link Nik}.
 *
 * <p>Hard rules ({@link InvalidNoKkException} with a {@link NoKkProblem}): 16 digits, province
 * 11-96, day 01-31, month 01-12, serial not 0000. Soft findings in {@link #warnings()}.
 * Equality by number; {@link #toString()} is masked.
 */
public final class NoKk implements Comparable<NoKk> {

    private final long value;
    private final Set<NikWarning> warnings;

    private NoKk(String digits, NikRegionCheck regions) {
        this.value = Long.parseLong(digits);
        this.warnings = IdNumberRules.warnings(digits, registrationDay(), registrationMonth(),
                registrationYearOfCentury(), regions);
    }

    /**
     * Parses a No. KK given as text or as a JSON number's text; surrounding spaces are ignored.
     *
     * @throws InvalidNoKkException naming the rule broken
     */
    public static NoKk parse(String text) {
        return parse(text, IdNumberRules.NO_REGION_CHECK);
    }

    /** Parses and checks the district prefix against {@code regions}. */
    public static NoKk parse(String text, NikRegionCheck regions) {
        try {
            return new NoKk(IdNumberRules.check(text, false), regions);
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNoKkException(NoKkProblem.valueOf(e.rule.name()), e.args);
        }
    }

    public static NoKk of(long value) {
        try {
            return parse(IdNumberRules.ofLong(value));
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNoKkException(NoKkProblem.valueOf(e.rule.name()), e.args);
        }
    }

    public static boolean isValid(String text) {
        try {
            IdNumberRules.check(text, false);
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

    /** The first six digits then {@code **********}. */
    public String masked() {
        return IdNumberRules.masked(value());
    }

    /** The six-digit district code, e.g. {@code 320410}. */
    public String districtCode() {
        return Long.toString(value / 10_000_000_000L);
    }

    public Optional<RegionCode> district() {
        return RegionCode.tryParse(districtCode());
    }

    public int registrationDay() {
        return (int) (value / 100_000_000L % 100);
    }

    public int registrationMonth() {
        return (int) (value / 1_000_000L % 100);
    }

    public int registrationYearOfCentury() {
        return (int) (value / 10_000L % 100);
    }

    /** The card's registration date with the same century rule as {@link Nik#birthDate}; empty when impossible. */
    public Optional<LocalDate> registrationDate(LocalDate today) {
        return IdNumberRules.date(registrationDay(), registrationMonth(), registrationYearOfCentury(), today);
    }

    /** Digits 13-16, 1-9999. */
    public int serial() {
        return (int) (value % 10_000);
    }

    public Set<NikWarning> warnings() {
        return warnings;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoKk other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public int compareTo(NoKk other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
