package id.gerbang.report;

import java.time.Instant;

/**
 * A registry administrator warned an agency about its compliance status (published after it is
 * recorded; the notification module tells the agency's administrators).
 */
public record ComplianceWarningIssued(long agencyId, String agencyName, ComplianceLevel level, int overdueReports,
                                      int feedbackPercent, int openFindings, Instant at) {
}
