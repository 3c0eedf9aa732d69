package id.gerbang.audit.internal;

import java.time.LocalDate;

/**
 * The database keeps the current semester (January-June or July-December, Jakarta dates) and
 * {@code years} whole years before it; older entries go to archive files.
 */
public final class RetentionPolicy {

    private RetentionPolicy() {
    }

    /** The first day that stays in the database. */
    public static LocalDate firstDayKept(LocalDate today, int years) {
        LocalDate semesterStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        return semesterStart.minusYears(years);
    }
}
