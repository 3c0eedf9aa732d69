package id.gerbang.access.internal;

import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import org.jspecify.annotations.Nullable;

/**
 * The NIK of one call, parsed once when the request is read and carried as it is through the
 * checks ({@link CallRecord}) into the access-log entry: either a valid {@link Nik}, or the text
 * as sent when it is not one (the call is then refused {@code NIK_FORMAT_INVALID} and the log keeps
 * that text). Nothing downstream parses the NIK again.
 *
 * @param nik  the NIK, when the text passes the hard rules
 * @param text the text as sent
 */
public record SentNik(@Nullable Nik nik, String text) {

    /** The NIK sent, or {@code null} when none was. */
    public static @Nullable SentNik of(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return new SentNik(Nik.parse(text), text);
        } catch (InvalidNikException e) {
            return new SentNik(null, text);
        }
    }
}
