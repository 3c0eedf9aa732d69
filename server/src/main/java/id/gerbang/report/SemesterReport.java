package id.gerbang.report;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency's report for one semester: its status, the due date, and every version (oldest first;
 * the last is the current one).
 */
public record SemesterReport(long id, long agencyId, String agencyName, Semester semester, ReportStatus status,
                             LocalDate dueDate, boolean overdue, List<ReportVersion> versions) {

    public ReportVersion current() {
        return versions.getLast();
    }

    public boolean editable() {
        return status == ReportStatus.DRAFT;
    }
}
