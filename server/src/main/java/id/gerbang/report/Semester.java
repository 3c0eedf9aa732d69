package id.gerbang.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Half a calendar year in Jakarta days: the first (January-June) or the second (July-December), the
 * period one semester report covers.
 */
public record Semester(int year, int half) implements Comparable<Semester> {

    public Semester {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half is 1 or 2");
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year out of range");
        }
    }

    /** The semester a Jakarta day falls in. */
    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Parses {@code 2026-1} or {@code 2026-2}, as {@link #toString} writes it. */
    public static Semester parse(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a semester: " + text);
        }
        return new Semester(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public LocalDate from() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate to() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /**
     * The last day of the month the report is due in (June and December unless configured otherwise);
     * a second-half due month of January to June falls in the next year.
     */
    public LocalDate dueDate(int firstHalfDueMonth, int secondHalfDueMonth) {
        if (half == 1) {
            return YearMonth.of(year, firstHalfDueMonth).atEndOfMonth();
        }
        return YearMonth.of(secondHalfDueMonth <= 6 ? year + 1 : year, secondHalfDueMonth).atEndOfMonth();
    }

    public Semester previous() {
        return half == 2 ? new Semester(year, 1) : new Semester(year - 1, 2);
    }

    @Override
    public int compareTo(Semester other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-" + half;
    }
}
