package id.gerbang.quota;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The quota module's error catalogue; texts in {@code i18n/quota.properties} and {@code _en}. */
public enum QuotaError implements ErrorCode {
    AGREEMENT_UNKNOWN(HttpStatus.NOT_FOUND),
    /** Args: the longest period in days. */
    PERIOD_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the current quota. */
    NOT_AN_INCREASE(HttpStatus.UNPROCESSABLE_CONTENT),
    EFFECTIVE_DATE_PAST(HttpStatus.UNPROCESSABLE_CONTENT),
    USER_NOT_OF_AGREEMENT(HttpStatus.UNPROCESSABLE_CONTENT),
    REQUEST_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Args: the request's status. */
    REQUEST_NOT_PENDING(HttpStatus.CONFLICT),
    AGREEMENT_HAS_NO_TERMS(HttpStatus.CONFLICT),
    /** The technical study is not a PDF (judged from its bytes). */
    STUDY_NOT_PDF(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Args: the limit in MiB. */
    STUDY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    STUDY_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    QuotaError(HttpStatus status) {
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
