package id.gerbang.access.internal;

import org.jspecify.annotations.Nullable;

/**
 * The person fields a caller sent, as the text it sent, indexed by field (an array, not a map:
 * parsing a request allocates one of these and nothing per key). Blank values count as not sent:
 * many clients send every key and leave the ones they do not hold empty.
 */
public final class ElementValues {

    private final @Nullable String[] values = new String[PersonField.count()];

    @Nullable String get(PersonField field) {
        return values[field.ordinal()];
    }

    boolean has(PersonField field) {
        return values[field.ordinal()] != null;
    }

    /** Keeps the first non-blank value sent for a field; later ones (e.g. from the query string) do not override it. */
    void offer(PersonField field, @Nullable String value) {
        if (value != null && !value.isBlank() && values[field.ordinal()] == null) {
            values[field.ordinal()] = value.strip();
        }
    }

    /** Whether any field other than the NIK itself was sent. */
    boolean anyBesidesNik() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && i != PersonField.NIK.ordinal()) {
                return true;
            }
        }
        return false;
    }
}
