package id.gerbang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed statement "the log {@code log} had {@code lastSeq} entries and its head hash was
 * {@code headHash} at {@code createdAt}". The signature is Ed25519 over {@link #payload()}, a short
 * text documented in {@code docs/audit.md}; the exported file is JSON ({@link #toJson()}).
 */
public record Checkpoint(long id, String log, long lastSeq, byte[] headHash, Instant createdAt, String reason,
                         String keyId, byte[] signature) {

    public static final String FORMAT = "gerbang-checkpoint/1";

    /** Why a checkpoint was written. */
    public enum Reason { INTERVAL, DAY_END, SHUTDOWN, ARCHIVE, MANUAL }

    public static byte[] payload(String log, long lastSeq, byte[] headHash, Instant createdAt, String reason,
                                 String keyId) {
        String text = FORMAT + "\n"
                + "log=" + log + "\n"
                + "lastSequence=" + lastSeq + "\n"
                + "headHash=" + ChainCodec.hex(headHash) + "\n"
                + "createdAtMicros=" + ChainCodec.micros(createdAt) + "\n"
                + "reason=" + reason + "\n"
                + "keyId=" + keyId + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] payload() {
        return payload(log, lastSeq, headHash, createdAt, reason, keyId);
    }

    public boolean signatureValid(PublicKey key) {
        return Keys.verify(key, payload(), signature);
    }

    /** The exportable form; {@code createdAt} is ISO-8601 UTC with microseconds. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("id", id);
        json.put("log", log);
        json.put("lastSequence", lastSeq);
        json.put("headHash", ChainCodec.hex(headHash));
        json.put("createdAt", createdAt.toString());
        json.put("createdAtMicros", ChainCodec.micros(createdAt));
        json.put("reason", reason);
        json.put("keyId", keyId);
        json.put("signature", Base64.getEncoder().encodeToString(signature));
        return json;
    }

    public static Checkpoint fromJson(Map<String, Object> json) {
        if (!FORMAT.equals(json.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " checkpoint");
        }
        long micros = ((Number) json.get("createdAtMicros")).longValue();
        Instant createdAt = ChainCodec.fromMicros(micros);
        return new Checkpoint(((Number) json.getOrDefault("id", 0)).longValue(), (String) json.get("log"),
                ((Number) json.get("lastSequence")).longValue(), ChainCodec.unhex((String) json.get("headHash")),
                createdAt, (String) json.get("reason"), (String) json.get("keyId"),
                Base64.getDecoder().decode((String) json.get("signature")));
    }
}
