package id.gerbang.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A finding of the registry's evaluation (PKS Pasal 8 ayat (2)-(3)) on an agency, usually on one of
 * its semester reports: what was found (kind, severity, evidence with an optional link to the access-log
 * search that shows it), the follow-up asked of the agency, and whether it is still open.
 *
 * @param reportId     the semester report it was found on, {@code null} for an evaluation at any time
 * @param evidenceLink a portal path (the access-log search), or {@code null}
 */
public record Finding(long id, long agencyId, @Nullable Long reportId, Kind kind, Severity severity, String evidence,
                      @Nullable String evidenceLink, String followUp, Status status, Instant createdAt,
                      String createdBy, Instant updatedAt, String updatedBy) {

    /** What the finding is about. */
    public enum Kind {
        LATE_REPORT, INCOMPLETE_REPORT, ACCESS_IRREGULARITY, DATA_BALIKAN, STORAGE, DISSEMINATION, SECURITY_INCIDENT,
        OTHER
    }

    public enum Severity {
        LOW, MEDIUM, HIGH
    }

    public enum Status {
        OPEN, CLOSED
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
