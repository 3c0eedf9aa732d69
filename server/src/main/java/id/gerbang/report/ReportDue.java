package id.gerbang.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A semester whose report an agency still has to submit and whose due date is near (Jakarta days):
 * what the report reminders are sent for.
 *
 * @param daysLeft days from the given day to the due date (0 on the due date itself)
 * @param status   the report's status, {@code null} when the agency has not opened it
 */
public record ReportDue(long agencyId, String agencyName, Semester semester, LocalDate dueDate, long daysLeft,
                        @Nullable ReportStatus status) {
}
