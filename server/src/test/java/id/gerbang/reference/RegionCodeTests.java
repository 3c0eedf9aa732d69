package id.gerbang.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.common.GerbangException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTests {

    @Test
    void theThreeFormsGiveTheSameCode() {
        RegionCode dotted = RegionCode.parse("32.04.10.2001");
        assertThat(RegionCode.parse("3204102001")).isEqualTo(dotted);
        assertThat(RegionCode.ofNumbers(32, 4, 10, 2001)).isEqualTo(dotted);
        assertThat(RegionCode.parse(" 32-04-10-2001 ")).isEqualTo(dotted);
        assertThat(dotted.plain()).isEqualTo("3204102001");
        assertThat(dotted.dotted()).isEqualTo("32.04.10.2001");
        assertThat(dotted).hasToString("32.04.10.2001");
    }

    @Test
    void shorterLevelsFromNumbersWithNulls() {
        assertThat(RegionCode.ofNumbers(32, null, null, null)).isEqualTo(RegionCode.parse("32"));
        assertThat(RegionCode.ofNumbers(32, 4, null, null)).isEqualTo(RegionCode.parse("32.04"));
        assertThat(RegionCode.ofNumbers(32, 4, 9, null).dotted()).isEqualTo("32.04.09");
    }

    @Test
    void levelsParentsAndWireNumbers() {
        RegionCode village = RegionCode.parse("32.04.10.2001");
        assertThat(village.level()).isEqualTo(RegionLevel.VILLAGE);
        RegionCode district = village.parent().orElseThrow();
        assertThat(district.dotted()).isEqualTo("32.04.10");
        assertThat(district.level()).isEqualTo(RegionLevel.DISTRICT);
        RegionCode regency = district.parent().orElseThrow();
        assertThat(regency.level()).isEqualTo(RegionLevel.REGENCY);
        RegionCode province = regency.parent().orElseThrow();
        assertThat(province.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(province.parent()).isEmpty();

        assertThat(village.provinceNumber()).isEqualTo(32);
        assertThat(village.regencyNumber()).isEqualTo(4);
        assertThat(village.districtNumber()).isEqualTo(10);
        assertThat(village.villageNumber()).isEqualTo(2001);
        assertThat(regency.districtNumber()).isNull();
        assertThat(province.regencyNumber()).isNull();

        assertThat(village.upTo(RegionLevel.REGENCY)).isEqualTo(regency);
        assertThat(village.isWithin(regency)).isTrue();
        assertThat(regency.isWithin(village)).isFalse();
        assertThatThrownBy(() -> regency.upTo(RegionLevel.VILLAGE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kotaAndKelurahan() {
        assertThat(RegionCode.parse("32.73").isInCity()).isTrue();
        assertThat(RegionCode.parse("32.04").isInCity()).isFalse();
        assertThat(RegionCode.parse("32").isInCity()).isFalse();
        assertThat(RegionCode.parse("32.73.01.1001").isKelurahan()).isTrue();
        assertThat(RegionCode.parse("32.04.10.2001").isKelurahan()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ''               | REGION_CODE_EMPTY       | ''
            '   '            | REGION_CODE_EMPTY       | ''
            32.04.10.2001.1  | REGION_CODE_PARTS       | 5
            32..10           | REGION_CODE_PARTS       | 3
            32.04.           | REGION_CODE_PARTS       | 3
            32.4             | REGION_CODE_PART_LENGTH | NO_KAB,2,1
            32.04.10.201     | REGION_CODE_PART_LENGTH | NO_KEL,4,3
            320.4            | REGION_CODE_PART_LENGTH | NO_PROP,2,3
            3204x            | REGION_CODE_CHARACTER   | x,5
            32 04            | REGION_CODE_CHARACTER   | U+0020,3
            320              | REGION_CODE_LENGTH      | 3
            32041020011      | REGION_CODE_LENGTH      | 11
            10               | REGION_CODE_PART_RANGE  | NO_PROP,10,11,99
            3200             | REGION_CODE_PART_RANGE  | NO_KAB,0,1,99
            32.04.00         | REGION_CODE_PART_RANGE  | NO_KEC,0,1,99
            32.04.10.0000    | REGION_CODE_PART_RANGE  | NO_KEL,0,1,9999
            """)
    void malformedCodesSayWhatIsWrong(String text, ReferenceError expected, String args) {
        assertThatThrownBy(() -> RegionCode.parse(text))
                .isInstanceOfSatisfying(GerbangException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.args()).containsExactly(args.isEmpty() ? new Object[0] : (Object[]) args.split(","));
                });
        assertThat(RegionCode.tryParse(text)).isEmpty();
    }

    @Test
    void numbersWithGapsOrOutOfRange() {
        assertError(() -> RegionCode.ofNumbers(32, null, 10, null), ReferenceError.REGION_NUMBERS_GAP, "NO_KEC", "NO_KAB");
        assertError(() -> RegionCode.ofNumbers(32, 4, null, 2001), ReferenceError.REGION_NUMBERS_GAP, "NO_KEL", "NO_KEC");
        assertError(() -> RegionCode.ofNumbers(null, 4, null, null), ReferenceError.REGION_NUMBERS_GAP, "NO_KAB", "NO_PROP");
        assertError(() -> RegionCode.ofNumbers(null, null, null, null), ReferenceError.REGION_CODE_EMPTY);
        assertError(() -> RegionCode.ofNumbers(32, 100, null, null), ReferenceError.REGION_CODE_PART_RANGE, "NO_KAB", "100", "1", "99");
        assertError(() -> RegionCode.ofNumbers(32, 4, 10, 10000), ReferenceError.REGION_CODE_PART_RANGE, "NO_KEL", "10000", "1", "9999");
        assertError(() -> RegionCode.ofNumbers(-32, null, null, null), ReferenceError.REGION_CODE_PART_RANGE, "NO_PROP", "-32", "11", "99");
    }

    @Test
    void theCanonicalConstructorRejectsDotsAndBadLengths() {
        assertError(() -> new RegionCode("32.04"), ReferenceError.REGION_CODE_CHARACTER, ".", "3");
        assertError(() -> new RegionCode("32041"), ReferenceError.REGION_CODE_LENGTH, "5");
    }

    @Property
    void everyFormRoundTrips(@ForAll("codes") RegionCode code) {
        assertThat(RegionCode.parse(code.dotted())).isEqualTo(code);
        assertThat(RegionCode.parse(code.plain())).isEqualTo(code);
        assertThat(RegionCode.ofNumbers(code.provinceNumber(), code.regencyNumber(), code.districtNumber(),
                code.villageNumber())).isEqualTo(code);
        assertThat(code.plain()).hasSize(code.level().digits());
        code.parent().ifPresent(parent -> {
            assertThat(code.isWithin(parent)).isTrue();
            assertThat(parent.level().child()).contains(code.level());
        });
    }

    @Provide
    Arbitrary<RegionCode> codes() {
        Arbitrary<Integer> province = Arbitraries.integers().between(11, 99);
        Arbitrary<Integer> twoDigits = Arbitraries.integers().between(1, 99);
        Arbitrary<Integer> village = Arbitraries.integers().between(1, 9999);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 4);
        return Combinators.combine(province, twoDigits, twoDigits, village, depth).as((p, k, c, v, d) ->
                RegionCode.ofNumbers(p, d >= 2 ? k : null, d >= 3 ? c : null, d >= 4 ? v : null));
    }

    private static void assertError(Runnable call, ReferenceError expected, Object... args) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GerbangException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(expected);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
