package id.gerbang.audit;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The audit module's error catalogue; texts in {@code i18n/audit.properties}. */
public enum AuditError implements ErrorCode {
    /** The access log could not commit an entry in time; the call must not be answered with data. */
    ACCESS_LOG_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** An agency administrator's agency could not be determined. */
    AGENCY_UNKNOWN(HttpStatus.FORBIDDEN),
    /** A search or export asked for a date range that is reversed or too long. */
    INVALID_RANGE(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A NIK given to a search, a history or a safety flag is not a number of 16 digits. */
    INVALID_NIK(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A search filter holds a control character (PostgreSQL refuses a NUL in text). */
    INVALID_FILTER(HttpStatus.UNPROCESSABLE_CONTENT),
    /** No checkpoint with that id. */
    CHECKPOINT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The log name is neither {@code access} nor {@code admin}. */
    UNKNOWN_LOG(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    AuditError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String code() {
        return "AUDIT_" + name();
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
