package id.gerbang.anomaly;

import id.gerbang.common.ErrorCode;
import org.springframework.http.HttpStatus;

/** The anomaly module's error catalogue; texts in {@code i18n/anomaly.properties} (+ {@code _en}). */
public enum AnomalyError implements ErrorCode {
    ALERT_NOT_FOUND(HttpStatus.NOT_FOUND),
    ALERT_ALREADY_ACKNOWLEDGED(HttpStatus.CONFLICT),
    ALERT_NOTE_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    AnomalyError(HttpStatus status) {
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
