package id.gerbang.access.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a caller of the compatible surface sent, after lenient reading (protocol section 2): the
 * credentials, the NIK (a JSON number or string, as text), the claimed client IP (only logged),
 * the verification threshold as sent, and every person field it sent as a verification element.
 * Values are stripped; blank values are {@code null}.
 *
 * @param bodyForm  how the body was read; kept for the access log, never a reason to reject
 * @param localUser the agency's local end user on whose behalf the service account calls
 *                  ({@code user_lokal}, {@code operator}); Gerbang's addition, optional unless the
 *                  agreement requires it; logged
 * @param purpose   the purpose of the call ({@code keperluan}, {@code purpose}); logged
 */
public record CompatibleRequest(
        @Nullable String userId,
        @Nullable String password,
        @Nullable String claimedIp,
        @Nullable String nik,
        @Nullable String noKk,
        @Nullable String threshold,
        ElementValues elements,
        BodyForm bodyForm,
        @Nullable String localUser,
        @Nullable String purpose) {

    /** How the request body was understood. */
    public enum BodyForm {
        /** A JSON object (whatever the Content-Type said). */
        JSON,
        /** {@code key=value&...} pairs. */
        FORM,
        /** No body: everything came from the query string. */
        EMPTY,
        /** Neither JSON nor form pairs; what could be read before the error was kept. */
        UNREADABLE
    }

    /** Whether the caller sent both a user id and a password. */
    public boolean hasCredentials() {
        return userId != null && password != null;
    }
}
