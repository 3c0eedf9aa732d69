package id.gerbang.feedback.internal;

import id.gerbang.common.SealingKeys;
import java.nio.file.Path;

/**
 * The AES-256 keys that encrypt victim information at rest, kept in a file outside the database
 * ({@code gerbang.feedback.key-file}): a {@link SealingKeys} file (one line per key, the last the
 * current one, and a {@code fingerprint} line holding the HMAC key of the duplicate check, which
 * does not rotate: it reveals only whether two records are equal). Values are AES-GCM bound to
 * their row by the associated data; the key id is stored beside each value.
 */
public final class FeedbackKeys extends SealingKeys {

    private FeedbackKeys(Path file, boolean generate) {
        super(file, generate, "data-balikan", "gerbang.feedback.key-file (see docs/feedback.md)");
    }

    /** Opens the key file; creates it with a first key when it is missing and {@code generate} is on. */
    public static FeedbackKeys open(Path file, boolean generate) {
        return new FeedbackKeys(file, generate);
    }
}
