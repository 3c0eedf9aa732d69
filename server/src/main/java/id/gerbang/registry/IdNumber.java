package id.gerbang.registry;

import id.gerbang.reference.RegionCode;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Nik} and a {@link NoKk} share: 16 digits {@code PPKKCC DDMMYY SSSS} held as a
 * number, a district prefix, a date in digits 7-12, a serial, soft findings from the same rules
 * ({@link IdNumberRules}), and a masked text form. Equality is by kind and number.
 */
public abstract sealed class IdNumber permits Nik, NoKk {

    final long value;
    private final Set<NikWarning> warnings;

    /**
     * @param value     a number that passed the hard rules ({@link IdNumberRules#check},
     *                  {@link IdNumberRules#passes(long, boolean)})
     * @param dayPlus40 digits 7-8 may carry day + 40 (a woman's NIK); the date is checked without it
     */
    IdNumber(long value, boolean dayPlus40, NikRegionCheck regions) {
        this.value = value;
        int day = dateDay();
        this.warnings = IdNumberRules.warnings(value / 10_000_000_000L, dayPlus40 && day > 40 ? day - 40 : day,
                dateMonth(), dateYearOfCentury(), regions);
    }

    /** Whether {@code text} passes the hard rules of the kind ({@code dayPlus40}: NIK). */
    static boolean passes(String text, boolean dayPlus40) {
        try {
            IdNumberRules.check(text, dayPlus40);
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

    /** The six-digit district code, e.g. {@code 320410}. */
    public String districtCode() {
        return Long.toString(value / 10_000_000_000L);
    }

    /** {@link #districtCode()} as a region code; empty when the prefix is not a well-formed district code (regency or district 00). */
    public Optional<RegionCode> district() {
        return RegionCode.tryParse(districtCode());
    }

    /** Digits 13-16, 1-9999. */
    public int serial() {
        return (int) (value % 10_000);
    }

    /** Soft findings; empty for an unremarkable number. */
    public Set<NikWarning> warnings() {
        return warnings;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Digits 7-8 as written. */
    final int dateDay() {
        return (int) (value / 100_000_000L % 100);
    }

    /** Digits 9-10. */
    final int dateMonth() {
        return (int) (value / 1_000_000L % 100);
    }

    /** Digits 11-12. */
    final int dateYearOfCentury() {
        return (int) (value / 10_000L % 100);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((IdNumber) o).value == value;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(value);
    }

    /** Masked, see {@link #masked()}. */
    @Override
    public final String toString() {
        return masked();
    }
}
