package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No. KK: district + registration date DDMMYY (no +40) + serial. Synthetic numbers only. */
class NoKkTests {

    @Property
    void everyWellFormedNumberParsesAndRoundTrips(@ForAll @IntRange(min = 11, max = 96) int province,
            @ForAll @IntRange(min = 1, max = 99) int regency, @ForAll @IntRange(min = 1, max = 99) int district,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 0, max = 99) int yy, @ForAll @IntRange(min = 1, max = 9999) int serial) {
        String text = "%02d%02d%02d%02d%02d%02d%04d".formatted(province, regency, district, day, month, yy, serial);
        NoKk kk = NoKk.parse(text);
        assertThat(kk.value()).isEqualTo(text);
        assertThat(NoKk.of(kk.asLong())).isEqualTo(kk);
        assertThat(kk.districtCode()).isEqualTo(text.substring(0, 6));
        assertThat(kk.registrationDay()).isEqualTo(day);
        assertThat(kk.registrationMonth()).isEqualTo(month);
        assertThat(kk.registrationYearOfCentury()).isEqualTo(yy);
        assertThat(kk.serial()).isEqualTo(serial);
        assertThat(kk.warnings()).isEmpty();
        assertThat(kk.toString()).isEqualTo(text.substring(0, 6) + "**********");
    }

    @Property
    void aDayPlus40IsNotAKkDate(@ForAll @IntRange(min = 41, max = 71) int day) {
        String text = "320410%02d0115%04d".formatted(day, 1);
        assertThat(Nik.isValid(text)).isTrue();
        assertThatThrownBy(() -> NoKk.parse(text)).isInstanceOfSatisfying(InvalidNoKkException.class, e -> {
            assertThat(e.problem()).isEqualTo(NoKkProblem.DAY);
            assertThat(e.errorCode().code()).isEqualTo("NOKK_DAY");
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3204100000150001  | DAY
            3204103201150001  | DAY
            3204100113150001  | MONTH
            3204100101150000  | SERIAL_ZERO
            1004100101150001  | PROVINCE
            320410010115001   | LENGTH
            32041001011500x1  | NOT_DIGITS
            ''                | EMPTY
            """)
    void hardErrors(String text, NoKkProblem problem) {
        assertThatThrownBy(() -> NoKk.parse(text)).isInstanceOfSatisfying(InvalidNoKkException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
        assertThat(NoKk.isValid(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3204102902160001 | 2016-02-29 | ''
            3204102902170001 | -          | IMPOSSIBLE_DATE
            3204103006050001 | 2005-06-30 | ''
            3204100112980001 | 1998-12-01 | ''
            3207181503150001 | 2015-03-15 | ''
            """)
    void registrationDates(String text, String date, String warnings) {
        NoKk kk = NoKk.parse(text);
        assertThat(kk.registrationDate(NikEdgeCasesTests.TODAY))
                .isEqualTo(date.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(date)));
        assertThat(kk.warnings()).containsExactlyInAnyOrder(NikEdgeCasesTests.warnings(warnings));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9101011503150001 | RETIRED_DISTRICT
            9301011503230001 | ''
            3207181503150001 | ''
            3207371503190001 | ''
            3299991503190001 | UNKNOWN_DISTRICT
            """)
    void regionWarnings(String text, String warnings) {
        assertThat(NoKk.parse(text, NikEdgeCasesTests.REGIONS).warnings())
                .containsExactlyInAnyOrder(NikEdgeCasesTests.warnings(warnings));
    }
}
