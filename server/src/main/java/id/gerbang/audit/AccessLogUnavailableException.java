package id.gerbang.audit;

import id.gerbang.common.GerbangException;
import org.jspecify.annotations.Nullable;

/**
 * The access log did not confirm that an entry was committed (database down, queue full, timeout or
 * interruption). The caller must not send population data. The entry may still have been committed
 * (logged but not answered); the reverse, answered but not logged, never happens.
 */
public class AccessLogUnavailableException extends GerbangException {

    private final String reason;

    public AccessLogUnavailableException(String reason, @Nullable Throwable cause) {
        super(AuditError.ACCESS_LOG_UNAVAILABLE);
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    public AccessLogUnavailableException(String reason) {
        this(reason, null);
    }

    /** Why, for the application log (never shown to callers). */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + ": " + reason;
    }
}
