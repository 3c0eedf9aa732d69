package id.gerbang.feedback;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The feedback module's error catalogue, also the refusal code of each record of a batch; texts in
 * {@code i18n/feedback.properties} and {@code _en}.
 */
public enum FeedbackError implements ErrorCode {
    /** The submitter's agency did not look the NIK up (with data returned) under an agreement. */
    NIK_NOT_LOOKED_UP(HttpStatus.FORBIDDEN),
    /** Args: the window in days. The last lookup is older than the window. */
    LOOKUP_WINDOW_PASSED(HttpStatus.FORBIDDEN),
    /** Args: the kind. The agreement's terms on the day do not name this kind of data balikan. */
    KIND_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    /** Args: the method. The agreement's terms on the day do not name this method. */
    METHOD_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    /** Args: the field, the reason. */
    INVALID_RECORD(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the largest batch. */
    BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** A withdrawal or correction of a record that does not exist. */
    RECORD_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** A withdrawal of a record already withdrawn. */
    RECORD_WITHDRAWN(HttpStatus.CONFLICT),
    /** The same Idempotency-Key was used with a different body. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT),
    /** The caller is not agency staff with an agency (or not the registry, for reading). */
    NOT_AN_AGENCY_CALLER(HttpStatus.FORBIDDEN),
    /** Args: the code. */
    PROGRAMME_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the code. */
    PROGRAMME_CODE_TAKEN(HttpStatus.CONFLICT),
    /** Args: the largest workbook in MB. An uploaded workbook is larger than the upload accepts. */
    UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** Too many uploads are waiting to be read; try again in a few minutes. */
    UPLOAD_BUSY(HttpStatus.SERVICE_UNAVAILABLE);

    private final HttpStatus status;

    FeedbackError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
