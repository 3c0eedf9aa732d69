package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.common.Messages;
import java.io.OutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import org.springframework.stereotype.Component;

/**
 * Writes the v1 API's bodies with Jackson's generator: persons keyed by the element catalogue's
 * names (the names the agreement grants and the access log records), identity numbers always as
 * strings (JavaScript cannot hold a province-91 NIK as a number); RFC 9457 problem details with
 * the outcome code, the compatible surface's response code, both languages and the request id.
 */
@Component
public class V1ResponseWriter {

    static final String PROBLEM_BASE = "https://gerbang.id/problems/";
    private static final WireStyle V1 = new WireStyle(true, false);

    private final Labels labels;
    private final Messages messages;

    V1ResponseWriter(Labels labels, Messages messages) {
        this.labels = labels;
        this.messages = messages;
    }

    public void person(OutputStream out, Answer answer) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("requestId", answer.requestId());
            g.writeName("person");
            writePerson(g, answer.persons().getFirst(), answer.fields());
            g.writeEndObject();
        }
    }

    public void family(OutputStream out, Answer answer) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("requestId", answer.requestId());
            g.writeName("members");
            g.writeStartArray();
            for (PersonValues p : answer.persons()) {
                writePerson(g, p, answer.fields());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public void verification(OutputStream out, Answer answer, int threshold) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("requestId", answer.requestId());
            g.writeNumberProperty("threshold", threshold);
            g.writeName("results");
            g.writeStartArray();
            for (ElementVerdict v : answer.verdicts()) {
                g.writeStartObject();
                g.writeStringProperty("element", v.field().key());
                g.writeBooleanProperty("match", v.matched());
                if (v.score() >= 0) {
                    g.writeNumberProperty("score", v.score());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public void token(OutputStream out, AccessTokens.Issued issued, long expiresInSeconds) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("access_token", issued.token());
            g.writeStringProperty("token_type", "Bearer");
            g.writeNumberProperty("expires_in", expiresInSeconds);
            g.writeStringProperty("expires_at", issued.expiresAt().toString());
            g.writeEndObject();
        }
    }

    /**
     * RFC 9457 problem details of an outcome.
     *
     * @param requestId   the access log's request id; {@code null} for a call not logged (a token request)
     * @param oauthError  the OAuth 2.0 error code for the token endpoint ({@code invalid_client}), or null
     */
    public void problem(OutputStream out, ServiceOutcome outcome, String instance, @Nullable String requestId,
            @Nullable String oauthError, Locale language) {
        String key = outcome.messageKey();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringProperty("type", PROBLEM_BASE + outcome.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            g.writeStringProperty("title", messages.get(key, language));
            g.writeNumberProperty("status", outcome.status().value());
            g.writeStringProperty("detail", messages.get(key + ".action", language));
            g.writeStringProperty("instance", instance);
            g.writeStringProperty("code", outcome.code());
            g.writeStringProperty("responseCode", outcome.wireCode());
            g.writeName("messages");
            g.writeStartObject();
            g.writeStringProperty("id", messages.indonesian(key));
            g.writeStringProperty("en", messages.english(key));
            g.writeEndObject();
            if (requestId != null) {
                g.writeStringProperty("requestId", requestId);
            }
            if (oauthError != null) {
                g.writeStringProperty("error", oauthError);
            }
            g.writeEndObject();
        }
    }

    /**
     * The language of a problem: English when the caller's {@code Accept-Language} prefers it to
     * Indonesian, Indonesian otherwise (also without the header, whatever the server's locale).
     */
    public static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.INDONESIAN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("id") || tag.startsWith("in")) {
                    return Messages.INDONESIAN;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return Messages.INDONESIAN;
        }
        return Messages.INDONESIAN;
    }

    private void writePerson(JsonGenerator g, PersonValues person, PersonField[] fields) {
        g.writeStartObject();
        for (PersonField f : fields) {
            g.writeName(f.serializedKey());
            CompatibleResponseWriter.writeValue(g, labels, f, person.value(f), V1);
        }
        g.writeEndObject();
    }

    private static JsonGenerator generator(OutputStream out) {
        return CompatibleResponseWriter.JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }
}
