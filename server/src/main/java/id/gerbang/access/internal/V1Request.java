package id.gerbang.access.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A v1 data request as read from its JSON body: values as text, whatever JSON type they came in.
 *
 * @param readable  whether the body was a JSON object at all
 * @param elements  for a verification: element name (as sent) to the caller's value
 * @param purpose   the purpose or case reference, recorded in the access log
 * @param localUser the agency's local end user on whose behalf the call is made, recorded in the access log
 */
public record V1Request(
        boolean readable,
        @Nullable String nik,
        @Nullable String noKk,
        Map<String, String> elements,
        @Nullable String threshold,
        @Nullable String purpose,
        @Nullable String localUser) {

    public static V1Request unreadable() {
        return new V1Request(false, null, null, Map.of(), null, null, null);
    }
}
