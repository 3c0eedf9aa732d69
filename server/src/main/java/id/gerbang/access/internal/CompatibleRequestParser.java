package id.gerbang.access.internal;

import id.gerbang.access.internal.CompatibleRequest.BodyForm;
import id.gerbang.common.FormPairs;
import id.gerbang.common.JsonLimits;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads a compatible-surface request the way the real service's clients send it (protocol
 * section 2): the raw body as JSON whatever the {@code Content-Type} says (or {@code k=v&...}
 * pairs when it is not JSON), keys in any case with or without underscores and with their
 * aliases, values as JSON strings, numbers or booleans, and the query string as a second source
 * for anything the body did not carry (one client sends everything there with an empty body).
 * Headers play no part. Uses Jackson's streaming parser: no tree, no map per request.
 *
 * <p>Never throws on bad input: what can be read is kept and the rest is left to the checks,
 * which answer with the protocol's codes. The body is read within {@link JsonLimits}, and a number
 * is kept as the text it was sent as, never converted: {@code 1e600000000} costs nothing, and a NIK
 * in float notation reaches the NIK rules as such and is refused there (issue 13 points 3 and 7).
 */
public final class CompatibleRequestParser {

    /** Lenient on the syntax mistakes hand-written clients make; strict JSON is a subset. */
    static final JsonFactory JSON = JsonLimits.apply(JsonFactory.builder())
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private CompatibleRequestParser() {
    }

    /**
     * @param body  the raw request body (may be empty)
     * @param query the query-string (and, if the container parsed one, form) parameters
     */
    public static CompatibleRequest parse(byte[] body, Map<String, String[]> query) {
        Builder b = new Builder();
        BodyForm form = readBody(body, b);
        for (Map.Entry<String, String[]> e : query.entrySet()) {
            String[] values = e.getValue();
            if (values != null && values.length > 0) {
                b.put(e.getKey(), values[0]);
            }
        }
        return b.build(form);
    }

    private static BodyForm readBody(byte[] body, Builder b) {
        int start = firstNonBlank(body);
        if (start < 0) {
            return BodyForm.EMPTY;
        }
        byte first = body[start];
        if (first == '{' || first == '[') {
            return readJson(body, b);
        }
        return readForm(body, b) ? BodyForm.FORM : BodyForm.UNREADABLE;
    }

    private static BodyForm readJson(byte[] body, Builder b) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), body)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken(); // a one-element array around the object
            }
            if (t != JsonToken.START_OBJECT) {
                return BodyForm.UNREADABLE;
            }
            String name;
            while ((name = p.nextName()) != null) {
                b.put(name, scalar(p, p.nextToken()));
            }
            return BodyForm.JSON;
        } catch (JacksonException e) {
            return BodyForm.UNREADABLE;
        }
    }

    /**
     * The value as text (a number as sent: {@code 3.2041E15} stays that); objects and arrays are
     * skipped, {@code null} is absent.
     */
    private static @Nullable String scalar(JsonParser p, JsonToken t) {
        return switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getString();
            case START_OBJECT, START_ARRAY -> {
                p.skipChildren();
                yield null;
            }
            default -> null;
        };
    }

    private static boolean readForm(byte[] body, Builder b) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.indexOf('=') < 0) {
            return false;
        }
        // a pair needs a name and an '=' to count in a body (the query string is laxer)
        FormPairs.decode(text, (name, value) -> {
            if (value != null && !name.isEmpty()) {
                b.put(name, value);
            }
        });
        return true;
    }

    private static int firstNonBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            byte c = body[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                // a UTF-8 byte-order mark before the JSON
                if ((c & 0xFF) == 0xEF && i + 2 < body.length && (body[i + 1] & 0xFF) == 0xBB
                        && (body[i + 2] & 0xFF) == 0xBF) {
                    i += 2;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /** First non-blank value per key wins: the body before the query string. */
    private static final class Builder {
        private @Nullable String userId;
        private @Nullable String password;
        private @Nullable String claimedIp;
        private @Nullable String threshold;
        private @Nullable String localUser;
        private @Nullable String purpose;
        private final ElementValues elements = new ElementValues();

        void put(String key, @Nullable String raw) {
            String value = raw == null || raw.isBlank() ? null : raw.strip();
            if (value == null) {
                return;
            }
            switch (PersonField.fold(key)) {
                case "USERID" -> userId = userId == null ? value : userId;
                case "PASSWORD" -> password = password == null ? raw : password; // spaces may be part of it
                case "IPUSER", "IPUSERS", "IPADDRESS" -> claimedIp = claimedIp == null ? value : claimedIp;
                case "TRESHOLD", "THRESHOLD" -> threshold = threshold == null ? value : threshold;
                case "USERLOKAL", "LOCALUSER", "OPERATOR" -> localUser = localUser == null ? value : localUser;
                case "KEPERLUAN", "PURPOSE" -> purpose = purpose == null ? value : purpose;
                default -> PersonField.byKey(key).ifPresent(f -> elements.offer(f, value));
            }
        }

        CompatibleRequest build(BodyForm form) {
            return new CompatibleRequest(userId, password, claimedIp, elements.get(PersonField.NIK),
                    elements.get(PersonField.NO_KK), threshold, elements, form, localUser, purpose);
        }
    }
}
