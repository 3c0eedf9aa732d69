package id.gerbang.report;

/**
 * The registry administrator accepted or returned a submitted version of an agency's semester report
 * (published after the decision is stored; the notification module tells the agency).
 *
 * @param status {@link ReportStatus#ACCEPTED} or {@link ReportStatus#RETURNED}
 */
public record ReportDecided(long reportId, long agencyId, Semester semester, int version, ReportStatus status) {
}
