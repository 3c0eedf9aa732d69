package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.registry.NikRegionCheck.DistrictStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edge cases of the NIK rules, one row each. All NIKs are synthetic. The region answers here
 * come from a fixed table; {@link NikInspectorTests} runs the same prefixes against the real lists.
 */
class NikEdgeCasesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Papua prefixes and the Banjaranyar split as the 2015-2025 lists know them. */
    static final NikRegionCheck REGIONS = district -> Map.of(
            "910101", DistrictStatus.RETIRED,   // Merauke under Papua, recoded to 93.01.01 in 2022
            "930101", DistrictStatus.CURRENT,   // Merauke under Papua Selatan
            "320718", DistrictStatus.CURRENT,   // Banjarsari, kept its code when Banjaranyar split off
            "320737", DistrictStatus.CURRENT)   // Banjaranyar, created 2018
            .getOrDefault(district, DistrictStatus.UNKNOWN);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9101014507950003 | RETIRED_DISTRICT
            9301014507950003 | ''
            3207181203880007 | ''
            3207371203880007 | ''
            3207991203880007 | UNKNOWN_DISTRICT
            9101013102880001 | RETIRED_DISTRICT,IMPOSSIBLE_DATE
            """)
    void regionWarnings(String nik, String warnings) {
        Nik parsed = Nik.parse(nik, REGIONS);
        assertThat(parsed.warnings()).containsExactlyInAnyOrder(warnings(warnings));
        assertThat(Nik.parse(nik).warnings()).doesNotContain(NikWarning.RETIRED_DISTRICT, NikWarning.UNKNOWN_DISTRICT);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            3204102902040001 | MALE   | 2004-02-29 | ''
            3204102902000001 | MALE   | 2000-02-29 | ''
            3204102902010001 | MALE   | -          | IMPOSSIBLE_DATE
            3204106902010001 | FEMALE | -          | IMPOSSIBLE_DATE
            3204106902960001 | FEMALE | 1996-02-29 | ''
            3204103102880001 | MALE   | -          | IMPOSSIBLE_DATE
            3204103104880001 | MALE   | -          | IMPOSSIBLE_DATE
            3204107104880001 | FEMALE | -          | IMPOSSIBLE_DATE
            3204104101900001 | FEMALE | 1990-01-01 | ''
            3204107112900001 | FEMALE | 1990-12-31 | ''
            3204100101900001 | MALE   | 1990-01-01 | ''
            3204103112900001 | MALE   | 1990-12-31 | ''
            3204102711269999 | MALE   | 2026-11-27 | ''
            3204102811260001 | MALE   | 1926-11-28 | ''
            3204106811260001 | FEMALE | 1926-11-28 | ''
            3204102610260001 | MALE   | 2026-10-26 | ''
            3204100101270001 | MALE   | 1927-01-01 | ''
            3204103112250001 | MALE   | 2025-12-31 | ''
            3204100101000001 | MALE   | 2000-01-01 | ''
            3204103112990001 | MALE   | 1999-12-31 | ''
            """)
    void sexDatesAndCenturies(String nik, String sex, String date, String warnings) {
        Nik parsed = Nik.parse(nik);
        assertThat(parsed.sex()).isEqualTo(Sex.valueOf(sex));
        assertThat(parsed.birthDate(TODAY)).isEqualTo(date.equals("-")
                ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(date)));
        assertThat(parsed.warnings()).containsExactlyInAnyOrder(warnings(warnings));
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            3204107201900001   | DAY         | 72
            3204104001900001   | DAY         | 40
            3204103201900001   | DAY         | 32
            3204100001900001   | DAY         | 00
            3204109901900001   | DAY         | 99
            3204100113900001   | MONTH       | 13
            3204100100900001   | MONTH       | 00
            3204100101900000   | SERIAL_ZERO | -
            1004100101900001   | PROVINCE    | 10
            9704100101900001   | PROVINCE    | 97
            0004100101900001   | PROVINCE    | 00
            320410010190001    | LENGTH      | 15
            32041001019000011  | LENGTH      | 17
            3204-10010190001   | NOT_DIGITS  | 5
            3204100101900001.5 | NOT_DIGITS  | 17
            -3204100101900001  | NOT_DIGITS  | 1
            '3204 1001 0190 0001' | NOT_DIGITS | 5
            '   '              | EMPTY       | -
            """)
    void hardErrorsNameTheRule(String nik, NikProblem problem, String arg) {
        assertThatThrownBy(() -> Nik.parse(nik)).isInstanceOfSatisfying(InvalidNikException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.errorCode()).isEqualTo(problem);
            assertThat(e.args()).containsExactly(arg.equals("-") ? new Object[0] : new Object[] {
                    problem == NikProblem.LENGTH || problem == NikProblem.NOT_DIGITS ? Integer.valueOf(arg) : arg});
        });
    }

    @Test
    void boundariesThatAreValid() {
        assertThat(Nik.parse("1104100101900001").districtCode()).isEqualTo("110410");
        assertThat(Nik.parse("9604100101900001").districtCode()).isEqualTo("960410");
        assertThat(Nik.parse("3204100101909999").serial()).isEqualTo(9999);
        assertThat(Nik.parse("3204100101900001").serial()).isEqualTo(1);
    }

    @Test
    void onlyDigitsWithSurroundingBlanksAreAccepted() {
        Nik nik = Nik.parse("3204104101900001");
        assertThat(Nik.parse("\t3204104101900001\n")).isEqualTo(nik);
        // float notations: a float has 53 bits, a rounded NIK is another person's (issue 13 point 7)
        for (String text : List.of("3204104101900001.0", "3.204104101900001E15", "3.204104101900001e+15",
                "3.204104101900001E+15", "+3204104101900001", "3204104101900001e0")) {
            assertThatThrownBy(() -> Nik.parse(text)).as(text).isInstanceOf(InvalidNikException.class)
                    .extracting(e -> ((InvalidNikException) e).problem()).isEqualTo(NikProblem.NOT_DIGITS);
        }
    }

    @Test
    void papuaNiksAbove2To53SurviveAsLongs() {
        Nik nik = Nik.parse("9601014507950003");
        assertThat(nik.asLong()).isGreaterThan(1L << 53);
        assertThat(Nik.of(nik.asLong()).value()).isEqualTo("9601014507950003");
        assertThatThrownBy(() -> Nik.of(-1)).isInstanceOfSatisfying(InvalidNikException.class,
                e -> assertThat(e.problem()).isEqualTo(NikProblem.NOT_DIGITS));
        assertThatThrownBy(() -> Nik.of(320410010190001L)).isInstanceOfSatisfying(InvalidNikException.class,
                e -> assertThat(e.problem()).isEqualTo(NikProblem.LENGTH));
    }

    @Test
    void districtAsRegionCode() {
        assertThat(Nik.parse("3204104101900001").district()).hasValueSatisfying(
                code -> assertThat(code.dotted()).isEqualTo("32.04.10"));
        assertThat(Nik.parse("3200004101900001").district()).isEmpty();
    }

    @Test
    void equalityIsByNumberAndToStringIsMasked() {
        Nik plain = Nik.parse("9101014507950003");
        Nik checked = Nik.parse("9101014507950003", REGIONS);
        assertThat(plain).isEqualTo(checked).hasSameHashCodeAs(checked);
        assertThat(checked.hasWarnings()).isTrue();
        assertThat(String.valueOf(checked)).isEqualTo("910101**********").doesNotContain("4507950003");
    }

    static NikWarning[] warnings(String names) {
        return names.isBlank() ? new NikWarning[0]
                : java.util.Arrays.stream(names.split(",")).map(NikWarning::valueOf).toArray(NikWarning[]::new);
    }
}
