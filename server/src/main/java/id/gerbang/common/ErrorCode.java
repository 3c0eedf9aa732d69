package id.gerbang.common;

import org.springframework.http.HttpStatus;

/**
 * One entry of an API surface's error catalogue: a stable code that callers may switch on, the
 * message-bundle key of its text (Indonesian in {@code messages.properties}, English in
 * {@code messages_en.properties}), the HTTP status, and what the caller should do
 * ({@code <key>.action} in the bundles). Each module keeps its catalogue as an enum.
 */
public interface ErrorCode {

    /** Stable code such as {@code AGREEMENT_NOT_FOUND}. */
    String code();

    HttpStatus status();

    /** Message key; the default is {@code error.<code>}. */
    default String messageKey() {
        return "error." + code();
    }
}
