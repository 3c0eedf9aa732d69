package id.gerbang.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a semester report: what the agency wrote, its signed statement, and once submitted
 * the checkpoint and documents built from it, then the registry's decision. Versions are never
 * changed after submission.
 *
 * @param statementFile the file name of the head of the agency's signed statement (PDF), if attached
 * @param decision      {@code ACCEPTED} or {@code RETURNED} once decided
 */
public record ReportVersion(int version, AgencyStatements statements, @Nullable String statementFile,
                            @Nullable String statementSha256, @Nullable Long checkpointSequence,
                            @Nullable String pdfSha256, @Nullable Instant submittedAt, @Nullable String submittedBy,
                            @Nullable ReportStatus decision, @Nullable Instant decidedAt, @Nullable String decidedBy,
                            @Nullable String notes) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
