package id.gerbang.notification;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The notification module's error catalogue; texts in {@code i18n/notification.properties} (+ {@code _en}). */
public enum NotificationError implements ErrorCode {
    EMAIL_INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    LANGUAGE_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    NotificationError(HttpStatus status) {
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
