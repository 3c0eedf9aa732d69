package id.gerbang.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A semester whose report an agency has not submitted by the due date (Jakarta days), or whose
 * report was returned and not submitted again.
 *
 * @param status the report's status, {@code null} when the agency never opened it
 */
public record OverdueReport(long agencyId, String agencyName, Semester semester, LocalDate dueDate, long daysOverdue,
                            @Nullable ReportStatus status) {
}
