package id.gerbang.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Kartu Keluarga, the family card number: {@code PPKKCC DDMMYY SSSS} = district code of the
 * issuing office, the card's registration date (no +40), serial from 0001. It changes when a new
 * card is issued; the person key is the {@link Nik}.
 *
 * <p>Hard rules ({@link InvalidNoKkException} with a {@link NoKkProblem}): 16 digits, province
 * 11-96, day 01-31, month 01-12, serial not 0000. Soft findings in {@link #warnings()}.
 * Equality by number; {@link #toString()} is masked.
 */
public final class NoKk extends IdNumber implements Comparable<NoKk> {

    private NoKk(long value, NikRegionCheck regions) {
        super(value, false, regions);
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
        if (IdNumberRules.passes(value, false)) {
            return new NoKk(value, IdNumberRules.NO_REGION_CHECK);
        }
        try {
            return parse(IdNumberRules.ofLong(value));
        } catch (IdNumberRules.Broken e) {
            throw new InvalidNoKkException(NoKkProblem.valueOf(e.rule.name()), e.args);
        }
    }

    public static boolean isValid(String text) {
        return passes(text, false);
    }

    public int registrationDay() {
        return dateDay();
    }

    public int registrationMonth() {
        return dateMonth();
    }

    public int registrationYearOfCentury() {
        return dateYearOfCentury();
    }

    /** The card's registration date with the same century rule as {@link Nik#birthDate}; empty when impossible. */
    public Optional<LocalDate> registrationDate(LocalDate today) {
        return IdNumberRules.date(registrationDay(), registrationMonth(), registrationYearOfCentury(), today);
    }

    @Override
    public int compareTo(NoKk other) {
        return Long.compare(value, other.value);
    }
}
