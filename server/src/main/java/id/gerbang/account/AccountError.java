package id.gerbang.account;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The account module's error catalogue; texts in {@code i18n/account.properties} (Indonesian) and
 * {@code i18n/account_en.properties} (English), keys {@code error.<CODE>} and {@code error.<CODE>.action}.
 */
public enum AccountError implements ErrorCode {
    USER_ID_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND),
    USER_ID_TAKEN(HttpStatus.CONFLICT),
    /** Args: the current status. */
    USER_STATUS_UNCHANGED(HttpStatus.CONFLICT),
    LAST_REGISTRY_ADMIN(HttpStatus.CONFLICT),
    ROLE_NOT_ALLOWED(HttpStatus.UNPROCESSABLE_CONTENT),
    APPLICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Args: the application's status. */
    APPLICATION_NOT_PENDING(HttpStatus.CONFLICT),
    AGENCY_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT),
    AGREEMENT_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT),
    AGREEMENT_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    AGREEMENT_OF_OTHER_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT),
    NIP_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    NIP_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the maximum. */
    SERVICE_ACCOUNT_LIMIT_REACHED(HttpStatus.CONFLICT),
    WEB_SERVICE_NOT_GRANTED(HttpStatus.CONFLICT),
    PASSWORD_CHANGE_REQUIRED(HttpStatus.FORBIDDEN),
    PASSWORD_POLICY_VIOLATED(HttpStatus.UNPROCESSABLE_CONTENT),
    CURRENT_PASSWORD_WRONG(HttpStatus.UNPROCESSABLE_CONTENT),
    PASSWORD_UNCHANGED(HttpStatus.UNPROCESSABLE_CONTENT),
    IP_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the shortest prefix allowed. */
    IP_PREFIX_TOO_SHORT(HttpStatus.UNPROCESSABLE_CONTENT),
    /** Args: the network address meant. */
    IP_HOST_BITS_SET(HttpStatus.UNPROCESSABLE_CONTENT),
    IP_ALREADY_REGISTERED(HttpStatus.CONFLICT),
    IP_REGISTRATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Args: the registration's status. */
    IP_REGISTRATION_STATUS_WRONG(HttpStatus.CONFLICT),
    /** A second-factor code (or recovery code) that is wrong, expired or already used. */
    SECOND_FACTOR_CODE_WRONG(HttpStatus.UNPROCESSABLE_CONTENT),
    /** No second-factor enrolment was begun, or it was already confirmed. */
    SECOND_FACTOR_NOT_PENDING(HttpStatus.CONFLICT),
    /** The user has no second factor to reset. */
    SECOND_FACTOR_NOT_ENROLLED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    AccountError(HttpStatus status) {
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
