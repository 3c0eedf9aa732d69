package id.gerbang.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the per-semester evaluation report for the Minister (through the Director-General, PKS Pasal 8
 * ayat (4)) says, across all agencies: the agreements in force, the calls by agency up to a signed
 * access-log checkpoint, each agency's compliance with its report and data balikan, the findings
 * recorded in the semester and the measures taken on agreements.
 */
public record EvaluationFigures(Semester semester, LocalDate from, LocalDate to, Instant producedAt, String producedBy,
                                ReportFigures.Checkpoint checkpoint, List<AgreementRow> agreements,
                                List<AgencyRow> agencies, List<FindingRow> findings, List<MeasureRow> measures) {

    public record AgreementRow(String agencyName, String registryNumber, String status, LocalDate validFrom,
                               LocalDate validUntil) {
    }

    /**
     * @param reportStatus the semester report's status name, {@code null} when never opened
     * @param feedbackRate answered / due, {@code null} when nothing was due
     */
    public record AgencyRow(long agencyId, String agencyName, long calls, long answered, @Nullable String reportStatus,
                            boolean reportOverdue, int feedbackDue, int feedbackAnswered, @Nullable Double feedbackRate,
                            int openFindings, ComplianceLevel level) {
    }

    public record FindingRow(long id, String agencyName, Finding.Kind kind, Finding.Severity severity,
                             Finding.Status status, LocalDate recordedOn) {
    }

    /** A suspension, termination or reinstatement of an agreement in the semester, with its reason. */
    public record MeasureRow(String agencyName, String registryNumber, LocalDate on, String status, String reason) {
    }
}
