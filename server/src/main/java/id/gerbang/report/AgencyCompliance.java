package id.gerbang.report;

import id.gerbang.agreement.AgreementView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agency's compliance status (docs/report.md, "Compliance status"): its overdue semester
 * reports, its data-balikan rate over the compliance window, its open findings and open anomaly
 * alerts, and the level they add up to.
 *
 * @param agreements      the agency's agreements (the actions suspend, terminate and resume them)
 * @param feedbackRate    answered / due over the window, {@code null} when nothing was due
 * @param openAnomalies   open anomaly alerts about the agency or its users (alerts about a NIK name no agency)
 */
public record AgencyCompliance(long agencyId, String agencyName, List<AgreementView> agreements, int overdueReports,
                               int feedbackDue, int feedbackAnswered, @Nullable Double feedbackRate,
                               boolean feedbackBelowThreshold, int openFindings, int openHighFindings,
                               int openAnomalies, ComplianceLevel level) {
}
