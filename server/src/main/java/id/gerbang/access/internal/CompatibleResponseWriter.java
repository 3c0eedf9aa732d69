package id.gerbang.access.internal;

import id.gerbang.feedback.SubmissionResult;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the compatible surface's answers (protocol sections 3-5) straight to the response stream
 * with Jackson's generator: the page envelope around {@code content}, person elements with only
 * the projected fields, error elements with exactly two (lookup) or three (verification) keys.
 * The HTTP status is always 200; that is the caller's business, not this class's.
 */
public final class CompatibleResponseWriter {

    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // no flush into the servlet stream: the container then sends a Content-Length, not chunks
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private static final SerializableString CONTENT = new SerializedString("content");
    private static final SerializableString LAST_PAGE = new SerializedString("lastPage");
    private static final SerializableString NUMBER_OF_ELEMENTS = new SerializedString("numberOfElements");
    private static final SerializableString SORT = new SerializedString("sort");
    private static final SerializableString TOTAL_ELEMENTS = new SerializedString("totalElements");
    private static final SerializableString FIRST_PAGE = new SerializedString("firstPage");
    private static final SerializableString NUMBER = new SerializedString("number");
    private static final SerializableString SIZE = new SerializedString("size");
    private static final SerializableString RESPON = new SerializedString("RESPON");
    private static final SerializableString RESPONSE_CODE = new SerializedString("RESPONSE_CODE");
    private static final SerializableString RESPONSE_DESC = new SerializedString("RESPONSE_DESC");
    private static final SerializableString RESPONSE = new SerializedString("RESPONSE");

    static final String MALE = "Laki-Laki";
    static final String FEMALE = "Perempuan";

    private final Labels labels;

    public CompatibleResponseWriter(Labels labels) {
        this.labels = labels;
    }

    /** One content element per person (one for a lookup, one per member for a family lookup). */
    public void persons(OutputStream out, List<? extends PersonValues> persons, PersonField[] fields, WireStyle style) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeName(CONTENT);
            g.writeStartArray();
            for (PersonValues person : persons) {
                g.writeStartObject();
                for (PersonField field : fields) {
                    g.writeName(field.serializedKey());
                    writeValue(g, labels, field, person.value(field), style);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            writePage(g, persons.size());
        }
    }

    /** {@code {"RESPON": text, "RESPONSE_CODE": code}}. */
    public void lookupError(OutputStream out, String code, String text) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            startSingle(g);
            g.writeName(RESPON);
            g.writeString(text);
            g.writeName(RESPONSE_CODE);
            g.writeString(code);
            endSingle(g);
        }
    }

    /** {@code {"RESPONSE_CODE": code, "RESPONSE_DESC": description, "RESPONSE": response}}. */
    public void verificationError(OutputStream out, String code, String description, String response) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            startSingle(g);
            g.writeName(RESPONSE_CODE);
            g.writeString(code);
            g.writeName(RESPONSE_DESC);
            g.writeString(description);
            g.writeName(RESPONSE);
            g.writeString(response);
            endSingle(g);
        }
    }

    /** One content element: each verified element's key with its verdict, never a stored value. */
    public void verification(OutputStream out, List<ElementVerdict> verdicts) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            startSingle(g);
            for (ElementVerdict v : verdicts) {
                g.writeName(v.field().serializedKey());
                g.writeString(v.text());
            }
            endSingle(g);
        }
    }

    /**
     * The answer to data balikan ({@code CALL_DATA_BALIKAN}, docs/feedback.md): one content element
     * with the batch's code, its counts and one result per record, in order; no record content.
     */
    public void feedbackResults(OutputStream out, String requestId, List<SubmissionResult> results) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            startSingle(g);
            g.writeName(RESPONSE_CODE);
            g.writeString(FeedbackCalls.WireCode.RECEIVED.code);
            g.writeName(RESPON);
            g.writeString(FeedbackCalls.WireCode.RECEIVED.text);
            g.writeStringProperty("REQUEST_ID", requestId);
            g.writeNumberProperty("ACCEPTED", count(results, SubmissionResult.Status.ACCEPTED));
            g.writeNumberProperty("DUPLICATES", count(results, SubmissionResult.Status.DUPLICATE));
            g.writeNumberProperty("REFUSED", count(results, SubmissionResult.Status.REFUSED));
            g.writeName("RESULTS");
            g.writeStartArray();
            for (SubmissionResult r : results) {
                g.writeStartObject();
                g.writeNumberProperty("INDEX", r.index());
                g.writeStringProperty("STATUS", r.status().name());
                if (r.error() == null) {
                    g.writeName(RESPONSE_CODE);
                    g.writeString(FeedbackCalls.WireCode.RECEIVED.code);
                    writeIf(g, "RECORD_ID", r.recordId());
                    if (r.version() != null) {
                        g.writeNumberProperty("VERSION", r.version());
                    }
                } else {
                    FeedbackCalls.WireCode code = FeedbackCalls.WireCode.of(r.error());
                    g.writeName(RESPONSE_CODE);
                    g.writeString(code.code);
                    g.writeName(RESPON);
                    g.writeString(code.text);
                    g.writeStringProperty("ERROR", r.error().code());
                    writeIf(g, "FIELD", r.field());
                    writeIf(g, "PROBLEM", r.problem() == null ? null : r.problem().name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            endSingle(g);
        }
    }

    private static void writeIf(JsonGenerator g, String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    static int count(List<SubmissionResult> results, SubmissionResult.Status status) {
        int n = 0;
        for (SubmissionResult r : results) {
            if (r.status() == status) {
                n++;
            }
        }
        return n;
    }

    /** One value in the wire format of its field's kind; shared with the v1 writer. */
    static void writeValue(JsonGenerator g, Labels labels, PersonField field, @Nullable Object value, WireStyle style) {
        if (value == null) {
            g.writeNull();
            return;
        }
        switch (field.kind()) {
            case IDENTITY -> {
                String digits = (String) value;
                if (style.identityAsString()) {
                    g.writeString(digits);
                } else {
                    g.writeNumber(Long.parseLong(digits));
                }
            }
            case TEXT -> g.writeString((String) value);
            case NUMBER -> g.writeNumber((Integer) value);
            case DATE -> g.writeString(style.date().format((LocalDate) value));
            case SEX -> {
                String label = sexLabel((Integer) value);
                if (label == null) {
                    g.writeNull();
                } else {
                    g.writeString(style.sexUpperCase() ? label.toUpperCase(Locale.ROOT) : label);
                }
            }
            case CODE -> {
                String label = labels.label(field.codeKind(), (Integer) value);
                if (label == null) {
                    g.writeNull();
                } else {
                    g.writeString(label);
                }
            }
        }
    }

    /**
     * A value as text for people (the web portal): what {@link #writeValue} writes in the v1 style,
     * dates as {@code dd-MM-yyyy}; {@code null} when the register holds nothing.
     */
    public static @Nullable String displayValue(Labels labels, PersonField field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case IDENTITY, TEXT -> (String) value;
            case NUMBER -> value.toString();
            case DATE -> DISPLAY_DATE.format((LocalDate) value);
            case SEX -> sexLabel((Integer) value);
            case CODE -> labels.label(field.codeKind(), (Integer) value);
        };
    }

    private static final java.time.format.DateTimeFormatter DISPLAY_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu");

    static @Nullable String sexLabel(int code) {
        return switch (code) {
            case 1 -> MALE;
            case 2 -> FEMALE;
            default -> null;
        };
    }

    private static void startSingle(JsonGenerator g) {
        g.writeStartObject();
        g.writeName(CONTENT);
        g.writeStartArray();
        g.writeStartObject();
    }

    private static void endSingle(JsonGenerator g) {
        g.writeEndObject();
        g.writeEndArray();
        writePage(g, 1);
    }

    private static void writePage(JsonGenerator g, int elements) {
        g.writeName(LAST_PAGE);
        g.writeBoolean(true);
        g.writeName(NUMBER_OF_ELEMENTS);
        g.writeNumber(elements);
        g.writeName(SORT);
        g.writeNull();
        g.writeName(TOTAL_ELEMENTS);
        g.writeNumber(elements);
        g.writeName(FIRST_PAGE);
        g.writeBoolean(true);
        g.writeName(NUMBER);
        g.writeNumber(0);
        g.writeName(SIZE);
        g.writeNumber(elements);
        g.writeEndObject();
    }
}
