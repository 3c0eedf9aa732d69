package id.gerbang.agreement;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The agreement module's error catalogue; texts in {@code i18n/agreement.properties} (+ {@code _en}). */
public enum AgreementError implements ErrorCode {
    AGENCY_NOT_FOUND(HttpStatus.NOT_FOUND),
    AGENCY_ALREADY_REGISTERED(HttpStatus.CONFLICT),
    AGENCY_ILLEGAL_TRANSITION(HttpStatus.CONFLICT),
    AGENCY_REVOKED(HttpStatus.CONFLICT),
    INVALID_REGION_CODE(HttpStatus.UNPROCESSABLE_CONTENT),
    UNKNOWN_REGION_CODE(HttpStatus.UNPROCESSABLE_CONTENT),
    AGREEMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    AGREEMENT_NUMBER_IN_USE(HttpStatus.CONFLICT),
    AGREEMENT_ILLEGAL_TRANSITION(HttpStatus.CONFLICT),
    AGREEMENT_NOT_A_DRAFT(HttpStatus.CONFLICT),
    AGREEMENT_CLOSED(HttpStatus.CONFLICT),
    AGREEMENT_ALREADY_ENDED(HttpStatus.CONFLICT),
    APPROVAL_LETTER_REQUIRED(HttpStatus.CONFLICT),
    INVALID_VALIDITY(HttpStatus.UNPROCESSABLE_CONTENT),
    PROTECTED_ELEMENT_NEEDS_REASON(HttpStatus.UNPROCESSABLE_CONTENT),
    UNKNOWN_ELEMENT(HttpStatus.UNPROCESSABLE_CONTENT),
    NO_ELEMENT_GRANTED(HttpStatus.UNPROCESSABLE_CONTENT),
    NO_CHANNEL(HttpStatus.UNPROCESSABLE_CONTENT),
    QUOTA_OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_CONTENT),
    INVALID_COMPATIBILITY(HttpStatus.UNPROCESSABLE_CONTENT),
    AGENCY_CODE_IN_USE(HttpStatus.CONFLICT),
    REGIONAL_PATH_IN_USE(HttpStatus.CONFLICT),
    ADDENDUM_NOT_ALLOWED(HttpStatus.CONFLICT),
    ADDENDUM_EMPTY(HttpStatus.UNPROCESSABLE_CONTENT),
    ADDENDUM_NUMBER_IN_USE(HttpStatus.CONFLICT),
    EFFECTIVE_DATE_IN_PAST(HttpStatus.UNPROCESSABLE_CONTENT),
    REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    NOTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    TERMS_NOT_RECORDED(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    AgreementError(HttpStatus status) {
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
