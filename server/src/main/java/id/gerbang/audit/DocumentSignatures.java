package id.gerbang.audit;

import id.gerbang.audit.internal.Checkpoint;
import id.gerbang.audit.internal.CheckpointService;
import id.gerbang.audit.internal.Checkpoints;
import id.gerbang.audit.internal.Keys;
import id.gerbang.audit.internal.SigningKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * The registry's Ed25519 signature over documents other modules produce (the semester report), and
 * the signed access-log checkpoint such a document is computed up to. The signed text is
 * {@code gerbang-document/1} followed by the caller's {@code name=value} lines and {@code keyId}: it
 * can never be mistaken for a checkpoint or archive manifest, whose texts start differently.
 * Verification ({@link #verify}) needs only the public key, so it runs offline.
 */
@Service
public class DocumentSignatures {

    /** The first line of every signed document text. */
    public static final String FORMAT = "gerbang-document/1";

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

    private final SigningKeys keys;
    private final CheckpointService checkpoints;
    private final DataSource dataSource;

    DocumentSignatures(SigningKeys keys, CheckpointService checkpoints, DataSource dataSource) {
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.dataSource = dataSource;
    }

    /** A signed access-log checkpoint, as a document names it. */
    public record AccessCheckpoint(long id, long lastSequence, String headHash, Instant createdAt, String keyId) {
    }

    /** The text that was signed, and its signature. */
    public record SignedText(String text, String keyId, byte[] signature) {
    }

    /**
     * Signs the access log's head now (reason {@code MANUAL}) and returns that checkpoint: figures
     * computed afterwards from entries up to its sequence are covered by it.
     */
    public AccessCheckpoint checkpointAccessLog() {
        Checkpoint cp = checkpoints.checkpoint("access", Checkpoint.Reason.MANUAL)
                .orElseGet(this::latestAccessCheckpoint);
        return new AccessCheckpoint(cp.id(), cp.lastSeq(), HexFormat.of().formatHex(cp.headHash()), cp.createdAt(),
                cp.keyId());
    }

    private Checkpoint latestAccessCheckpoint() {
        try (Connection c = dataSource.getConnection()) {
            return Checkpoints.latest(c, "access", 1).getFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest checkpoint failed: " + e.getSQLState(), e);
        }
    }

    /**
     * Signs {@code fields} (names of letters and digits, values without line breaks, in the given
     * order) under the current key.
     */
    public SignedText sign(Map<String, String> fields) {
        String text = text(fields, keys.keyId());
        return new SignedText(text, keys.keyId(), keys.sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** The text {@link #sign} signs for these fields and key id. */
    public static String text(Map<String, String> fields, String keyId) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("keyId", keyId);
        all.forEach((name, value) -> {
            if (!NAME.matcher(name).matches() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("not a signable field: " + name);
            }
            text.append(name).append('=').append(value).append('\n');
        });
        return text.toString();
    }

    /** Whether {@code signature} is the Ed25519 signature of {@code text} under {@code key}. */
    public static boolean verify(PublicKey key, String text, byte[] signature) {
        return text.startsWith(FORMAT + "\n") && Keys.verify(key, text.getBytes(StandardCharsets.UTF_8), signature);
    }

    /** Reads an Ed25519 public key (X.509 PEM), as {@code GET /api/v1/admin/audit/public-key} gives it. */
    public static PublicKey readPublicKey(Path file) throws IOException {
        return Keys.readPublic(file);
    }

    /** The key id of a public key: the first 16 hex digits of SHA-256 over its X.509 encoding. */
    public static String keyId(PublicKey key) {
        return Keys.keyId(key);
    }
}
