package id.gerbang.common;

import java.util.Arrays;
import java.util.Map;

/**
 * A failure with a catalogue entry; rendered as RFC 9457 problem details on the JSON APIs with the
 * message in Indonesian and English. {@code args} fill the message's placeholders; {@code fields}
 * name the request fields at fault (may be empty).
 */
public class GerbangException extends RuntimeException {

    private final ErrorCode errorCode;
    private final Object[] args;
    private final Map<String, String> fields;

    public GerbangException(ErrorCode errorCode, Object... args) {
        this(errorCode, Map.of(), args);
    }

    public GerbangException(ErrorCode errorCode, Map<String, String> fields, Object... args) {
        super(errorCode.code() + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.errorCode = errorCode;
        this.args = args.clone();
        this.fields = Map.copyOf(fields);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Field name to message key of what is wrong with it. */
    public Map<String, String> fields() {
        return fields;
    }
}
