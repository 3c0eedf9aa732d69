package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * The NIK rules as properties: every well-formed NIK parses and round-trips with the facts it
 * encodes, and every corruption breaks exactly the rule of the part it touches. NIKs are generated,
 * never real.
 */
class NikPropertiesTests {

    /** The parts of a NIK, as a generator builds them. */
    record Parts(int province, int regency, int district, int day, int month, int yy, boolean female, int serial) {

        String text() {
            return "%02d%02d%02d%02d%02d%02d%04d".formatted(province, regency, district,
                    female ? day + 40 : day, month, yy, serial);
        }

        boolean possible() {
            return exists(2000 + yy) || exists(1900 + yy);
        }

        private boolean exists(int year) {
            try {
                LocalDate.of(year, month, day);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    @Provide
    Arbitrary<Parts> niks() {
        return Builders.withBuilder(() -> new int[8])
                .use(Arbitraries.integers().between(11, 96)).in((p, v) -> { p[0] = v; return p; })
                .use(Arbitraries.integers().between(1, 99)).in((p, v) -> { p[1] = v; return p; })
                .use(Arbitraries.integers().between(1, 99)).in((p, v) -> { p[2] = v; return p; })
                .use(Arbitraries.integers().between(1, 31)).in((p, v) -> { p[3] = v; return p; })
                .use(Arbitraries.integers().between(1, 12)).in((p, v) -> { p[4] = v; return p; })
                .use(Arbitraries.integers().between(0, 99)).in((p, v) -> { p[5] = v; return p; })
                .use(Arbitraries.integers().between(0, 1)).in((p, v) -> { p[6] = v; return p; })
                .use(Arbitraries.integers().between(1, 9999)).in((p, v) -> { p[7] = v; return p; })
                .build(p -> new Parts(p[0], p[1], p[2], p[3], p[4], p[5], p[6] == 1, p[7]));
    }

    @Property
    void everyWellFormedNikParsesAndRoundTrips(@ForAll("niks") Parts parts) {
        Nik nik = Nik.parse(parts.text());
        assertThat(nik.value()).isEqualTo(parts.text());
        assertThat(Nik.of(nik.asLong())).isEqualTo(nik);
        assertThat(Nik.parse(" " + nik.asLong() + " ")).isEqualTo(nik);
        assertThat(Nik.isValid(parts.text())).isTrue();
        assertThat(nik.districtCode()).isEqualTo(parts.text().substring(0, 6));
        assertThat(nik.sex()).isEqualTo(parts.female() ? Sex.FEMALE : Sex.MALE);
        assertThat(nik.birthDay()).isEqualTo(parts.day());
        assertThat(nik.birthMonth()).isEqualTo(parts.month());
        assertThat(nik.birthYearOfCentury()).isEqualTo(parts.yy());
        assertThat(nik.serial()).isEqualTo(parts.serial());
        assertThat(nik.masked()).isEqualTo(parts.text().substring(0, 6) + "**********").hasSize(16);
        assertThat(nik.toString()).isEqualTo(nik.masked());
    }

    @Property
    void impossibleDatesAreWarningsNeverErrors(@ForAll("niks") Parts parts) {
        Nik nik = Nik.parse(parts.text());
        assertThat(nik.warnings().contains(NikWarning.IMPOSSIBLE_DATE)).isEqualTo(!parts.possible());
        assertThat(nik.warnings()).doesNotContain(NikWarning.UNKNOWN_DISTRICT, NikWarning.RETIRED_DISTRICT);
    }

    @Property
    void birthDateIsTheEncodedDateInTheLatestCenturyNotAfterToday(@ForAll("niks") Parts parts,
            @ForAll("todays") LocalDate today) {
        Nik nik = Nik.parse(parts.text());
        nik.birthDate(today).ifPresentOrElse(date -> {
            assertThat(date.getDayOfMonth()).isEqualTo(parts.day());
            assertThat(date.getMonthValue()).isEqualTo(parts.month());
            assertThat(date.getYear() % 100).isEqualTo(parts.yy());
            assertThat(date).isBeforeOrEqualTo(today).isAfter(today.minusYears(100));
        }, () -> assertThat(parts.possible()).as("only a date that exists in no century is missing").isFalse());
    }

    @Provide
    Arbitrary<LocalDate> todays() {
        return Dates.dates().between(LocalDate.of(2001, 1, 1), LocalDate.of(2098, 12, 31));
    }

    /**
     * Replacing one digit either leaves a valid NIK or breaks exactly the rule of the part the digit
     * belongs to; the oracle re-reads the parts independently of {@link Nik}.
     */
    @Property
    void aSingleDigitChangeBreaksTheRuleOfItsPart(@ForAll("niks") Parts parts,
            @ForAll @IntRange(min = 0, max = 15) int position, @ForAll @CharRange(from = '0', to = '9') char digit) {
        char[] chars = parts.text().toCharArray();
        chars[position] = digit;
        String corrupted = new String(chars);
        NikProblem expected = oracle(corrupted);
        if (expected == null) {
            assertThat(Nik.parse(corrupted).value()).isEqualTo(corrupted);
        } else {
            assertThatThrownBy(() -> Nik.parse(corrupted))
                    .isInstanceOfSatisfying(InvalidNikException.class, e -> {
                        assertThat(e.problem()).isEqualTo(expected);
                        assertThat(e.errorCode().code()).isEqualTo("NIK_" + expected.name());
                        assertThat(e.getMessage()).doesNotContain(corrupted);
                    });
            assertThat(Nik.isValid(corrupted)).isFalse();
        }
    }

    private static NikProblem oracle(String digits) {
        int province = Integer.parseInt(digits.substring(0, 2));
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        if (province < 11 || province > 96) {
            return NikProblem.PROVINCE;
        }
        if (!(day >= 1 && day <= 31 || day >= 41 && day <= 71)) {
            return NikProblem.DAY;
        }
        if (month < 1 || month > 12) {
            return NikProblem.MONTH;
        }
        return digits.endsWith("0000") ? NikProblem.SERIAL_ZERO : null;
    }

    @Property
    void aMissingOrExtraDigitIsALengthError(@ForAll("niks") Parts parts,
            @ForAll @IntRange(min = 0, max = 15) int position, @ForAll @CharRange(from = '0', to = '9') char digit) {
        String text = parts.text();
        String shorter = text.substring(0, position) + text.substring(position + 1);
        String longer = text.substring(0, position) + digit + text.substring(position);
        assertProblem(shorter, NikProblem.LENGTH, 15);
        assertProblem(longer, NikProblem.LENGTH, 17);
    }

    @Property
    void aNonDigitIsReportedAtItsPosition(@ForAll("niks") Parts parts,
            @ForAll @IntRange(min = 0, max = 15) int position, @ForAll("nonDigits") char character) {
        char[] chars = parts.text().toCharArray();
        chars[position] = character;
        assertProblem(new String(chars), NikProblem.NOT_DIGITS, position + 1);
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.of('a', 'Z', 'O', 'l', '-', '/', '#', '*', ',', '+', '_', '\u0660');
    }

    @Property
    void numbersOutsideTheRulesAreRejected(@ForAll @IntRange(min = 0, max = 10) int lowProvince,
            @ForAll @IntRange(min = 97, max = 99) int highProvince) {
        assertProblem("%02d04100101900001".formatted(lowProvince), NikProblem.PROVINCE, "%02d".formatted(lowProvince));
        assertProblem("%02d04100101900001".formatted(highProvince), NikProblem.PROVINCE, String.valueOf(highProvince));
    }

    private static void assertProblem(String text, NikProblem problem, Object arg) {
        assertThatThrownBy(() -> Nik.parse(text)).isInstanceOfSatisfying(InvalidNikException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.args()).containsExactly(arg);
        });
    }

    /**
     * A number is judged by the arithmetic check of {@code Nik.of(long)} and {@code NoKk.of(long)}
     * (the register's reads) exactly as its decimal text is by the parser: the same verdict, and for a
     * valid one the same number and warnings; for an invalid one the same exception. Numbers are drawn
     * around every rule's edges (lengths 15-17, provinces 10/11/96/97, days 0/31/32/40/41/71/72,
     * months 0/12/13, serial 0).
     */
    @Property(tries = 3000)
    void aNumberIsJudgedAsItsText(@ForAll("numbers") long value) {
        String text = Long.toString(value);
        assertThat(Nik.isValid(value)).as(text).isEqualTo(Nik.isValid(text));
        judgedAlike(text, Nik.isValid(text), () -> Nik.of(value), () -> Nik.parse(text), InvalidNikException.class);
        judgedAlike(text, NoKk.isValid(text), () -> NoKk.of(value), () -> NoKk.parse(text), InvalidNoKkException.class);
    }

    /** {@code ofNumber} gives what {@code parseText} gives: an equal number with equal warnings, or the same error. */
    private static void judgedAlike(String text, boolean valid, Supplier<IdNumber> ofNumber, Supplier<IdNumber> parseText,
            Class<? extends RuntimeException> refusal) {
        if (valid) {
            IdNumber parsed = parseText.get();
            assertThat(ofNumber.get()).as(text).isEqualTo(parsed);
            assertThat(ofNumber.get().warnings()).as(text).isEqualTo(parsed.warnings());
        } else {
            assertThatThrownBy(ofNumber::get).as(text).isInstanceOf(refusal).hasMessage(catchMessage(parseText::get));
        }
    }

    @Provide
    Arbitrary<Long> numbers() {
        Arbitrary<Integer> province = Arbitraries.of(10, 11, 32, 96, 97).injectDuplicates(0.1);
        Arbitrary<Integer> day = Arbitraries.oneOf(Arbitraries.of(0, 1, 29, 30, 31, 32, 40, 41, 69, 71, 72, 99),
                Arbitraries.integers().between(0, 99));
        Arbitrary<Integer> month = Arbitraries.oneOf(Arbitraries.of(0, 1, 2, 12, 13, 99), Arbitraries.integers().between(0, 99));
        Arbitrary<Integer> serial = Arbitraries.oneOf(Arbitraries.of(0, 1, 9999), Arbitraries.integers().between(0, 9999));
        Arbitrary<Long> sixteen = Combinators.combine(province, Arbitraries.integers().between(0, 9999), day, month,
                Arbitraries.integers().between(0, 99), serial)
                .as((p, rd, d, m, y, s) -> Long.parseLong("%02d%04d%02d%02d%02d%04d".formatted(p, rd, d, m, y, s)));
        Arbitrary<Long> otherLengths = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 999_999_999_999_999L),
                Arbitraries.longs().between(10_000_000_000_000_000L, Long.MAX_VALUE),
                Arbitraries.of(999_999_999_999_999L, 1_000_000_000_000_000L, 9_999_999_999_999_999L,
                        10_000_000_000_000_000L, -1L, Long.MIN_VALUE));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, sixteen), net.jqwik.api.Tuple.of(1, otherLengths));
    }

    private static String catchMessage(Runnable parse) {
        try {
            parse.run();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
