package id.gerbang.registry.internal.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowValidatorTests {

    @Test
    void readsBothDateOrdersAndSlashes() {
        assertThat(RowValidator.parseDate("1984-08-17")).isEqualTo(LocalDate.of(1984, 8, 17));
        assertThat(RowValidator.parseDate("17-08-1984")).isEqualTo(LocalDate.of(1984, 8, 17));
        assertThat(RowValidator.parseDate("17/08/1984")).isEqualTo(LocalDate.of(1984, 8, 17));
        assertThat(RowValidator.parseDate("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesImpossibleOrOtherDates() {
        assertThat(RowValidator.parseDate("29-02-2023")).isNull();
        assertThat(RowValidator.parseDate("1984-13-01")).isNull();
        assertThat(RowValidator.parseDate("17-8-1984")).isNull();
        assertThat(RowValidator.parseDate("1984/08/1x")).isNull();
        assertThat(RowValidator.parseDate("17 Agustus 1984")).isNull();
    }

    @Test
    void masksNiksInTheReport() {
        assertThat(RejectReport.masked("3204101708840001")).isEqualTo("320410**********");
        assertThat(RejectReport.masked(" 320410170884 ")).isEqualTo("320410******");
        assertThat(RejectReport.masked("123")).isEqualTo("***");
        assertThat(RejectReport.masked("")).isEmpty();
    }
}
