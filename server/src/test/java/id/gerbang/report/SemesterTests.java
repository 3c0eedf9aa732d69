package id.gerbang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.common.JakartaTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Semesters and due dates across the Jakarta calendar (UTC+7), with the default and other due months. */
class SemesterTests {

    @Test
    void theSemesterIsThatOfTheJakartaDayNotTheUtcDay() {
        // 30 June 17:30 UTC is already 1 July 00:30 in Jakarta: the second semester.
        assertThat(Semester.of(JakartaTime.dateOf(Instant.parse("2026-06-30T17:30:00Z")))).isEqualTo(new Semester(2026, 2));
        assertThat(Semester.of(JakartaTime.dateOf(Instant.parse("2026-06-30T16:59:59Z")))).isEqualTo(new Semester(2026, 1));
        // 31 December 17:00 UTC is 1 January of the next year in Jakarta.
        assertThat(Semester.of(JakartaTime.dateOf(Instant.parse("2026-12-31T17:00:00Z")))).isEqualTo(new Semester(2027, 1));
        assertThat(Semester.of(JakartaTime.dateOf(Instant.parse("2026-12-31T16:59:59Z")))).isEqualTo(new Semester(2026, 2));
    }

    @Test
    void dueAtTheEndOfJuneAndDecemberByDefaultOrOfTheConfiguredMonths() {
        assertThat(new Semester(2026, 1).dueDate(6, 12)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(new Semester(2026, 2).dueDate(6, 12)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(new Semester(2028, 1).dueDate(2, 8)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new Semester(2027, 1).dueDate(2, 8)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new Semester(2027, 2).dueDate(7, 1)).isEqualTo(LocalDate.of(2028, 1, 31));
    }

    @Test
    void periodsPreviousAndText() {
        Semester s = new Semester(2026, 1);
        assertThat(s.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(s.previous()).isEqualTo(new Semester(2025, 2));
        assertThat(new Semester(2025, 2).previous()).isEqualTo(new Semester(2025, 1));
        assertThat(Semester.parse(s.toString())).isEqualTo(s);
        assertThat(new Semester(2025, 2).compareTo(s)).isNegative();
        assertThatThrownBy(() -> new Semester(2026, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
