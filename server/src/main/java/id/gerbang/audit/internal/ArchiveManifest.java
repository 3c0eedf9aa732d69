package id.gerbang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed description of one archive file: which entries it holds, the hash before the first and
 * of the last, and the SHA-256 of the file. The signature is Ed25519 over {@link #payload()}. The
 * checkpoints that fall inside the file travel in the manifest too (each carries its own signature).
 */
public record ArchiveManifest(String log, String file, byte[] fileSha256, long firstSeq, long lastSeq,
                              long entryCount, byte[] previousHash, byte[] lastHash, Instant createdAt,
                              String keyId, byte[] signature, List<Checkpoint> checkpoints) {

    public static final String FORMAT = "gerbang-archive-manifest/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ArchiveManifest {
        checkpoints = List.copyOf(checkpoints);
    }

    public static byte[] payload(String log, String file, byte[] fileSha256, long firstSeq, long lastSeq,
                                 long entryCount, byte[] previousHash, byte[] lastHash, Instant createdAt,
                                 String keyId) {
        String text = FORMAT + "\n"
                + "log=" + log + "\n"
                + "file=" + file + "\n"
                + "fileSha256=" + ChainCodec.hex(fileSha256) + "\n"
                + "firstSequence=" + firstSeq + "\n"
                + "lastSequence=" + lastSeq + "\n"
                + "entryCount=" + entryCount + "\n"
                + "previousHash=" + ChainCodec.hex(previousHash) + "\n"
                + "lastHash=" + ChainCodec.hex(lastHash) + "\n"
                + "createdAtMicros=" + ChainCodec.micros(createdAt) + "\n"
                + "keyId=" + keyId + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] payload() {
        return payload(log, file, fileSha256, firstSeq, lastSeq, entryCount, previousHash, lastHash, createdAt, keyId);
    }

    /** {@code null} when the signature verifies with a trusted key, else what is wrong. */
    public @Nullable String problem(Map<String, PublicKey> keys) {
        PublicKey key = keys.get(keyId);
        if (key == null) {
            return "archive manifest " + file + " is signed by key " + keyId + ", which is not a trusted key";
        }
        if (!Keys.verify(key, payload(), signature)) {
            return "archive manifest " + file + " has a signature that does not verify: forged or altered";
        }
        return null;
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("log", log);
        json.put("file", file);
        json.put("fileSha256", ChainCodec.hex(fileSha256));
        json.put("firstSequence", firstSeq);
        json.put("lastSequence", lastSeq);
        json.put("entryCount", entryCount);
        json.put("previousHash", ChainCodec.hex(previousHash));
        json.put("lastHash", ChainCodec.hex(lastHash));
        json.put("createdAt", createdAt.toString());
        json.put("createdAtMicros", ChainCodec.micros(createdAt));
        json.put("keyId", keyId);
        json.put("signature", Base64.getEncoder().encodeToString(signature));
        json.put("checkpoints", checkpoints.stream().map(Checkpoint::toJson).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    @SuppressWarnings("unchecked")
    public static ArchiveManifest parse(String text) {
        Map<String, Object> json = JSON.readValue(text, Map.class);
        if (!FORMAT.equals(json.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Object cp : (List<Object>) json.getOrDefault("checkpoints", List.of())) {
            checkpoints.add(Checkpoint.fromJson((Map<String, Object>) cp));
        }
        return new ArchiveManifest((String) json.get("log"), (String) json.get("file"),
                ChainCodec.unhex((String) json.get("fileSha256")), number(json, "firstSequence"),
                number(json, "lastSequence"), number(json, "entryCount"),
                ChainCodec.unhex((String) json.get("previousHash")), ChainCodec.unhex((String) json.get("lastHash")),
                ChainCodec.fromMicros(number(json, "createdAtMicros")), (String) json.get("keyId"),
                Base64.getDecoder().decode((String) json.get("signature")), checkpoints);
    }

    private static long number(Map<String, Object> json, String key) {
        Object v = json.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("manifest field " + key + " missing");
        }
        return n.longValue();
    }
}
