package id.gerbang.audit.internal;

import id.gerbang.audit.AuditProperties;
import id.gerbang.common.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's Ed25519 signing key for checkpoints and archive manifests. Read from
 * {@code gerbang.audit.signing-key-file} (PKCS#8 PEM); when the file is missing and
 * {@code generate-key-if-missing} is on (embedded and demo setups), a key is generated there on
 * first start, with its public key beside it ({@code .pub.pem}), and a warning is logged.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> trusted;

    SigningKeys(AuditProperties properties) {
        Path file = properties.signingKeyFile();
        try {
            if (!Files.exists(file)) {
                if (!properties.generateKeyIfMissing()) {
                    throw new IllegalStateException("The audit signing key " + file.toAbsolutePath()
                            + " does not exist; give gerbang.audit.signing-key-file (see docs/audit.md)");
                }
                generate(file);
            }
            privateKey = Keys.readPrivate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        publicKey = Keys.publicOf(privateKey);
        keyId = Keys.keyId(publicKey);
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        keys.put(keyId, publicKey);
        for (Path earlier : properties.trustedPublicKeyFiles()) {
            try {
                PublicKey key = Keys.readPublic(earlier);
                keys.put(Keys.keyId(key), key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        trusted = Collections.unmodifiableMap(keys);
        log.info("Audit signing key {} loaded from {}", keyId, file);
    }

    private static void generate(Path file) throws IOException {
        KeyPair pair = Keys.generate();
        OwnerOnlyFiles.createNew(file, Keys.privatePem(pair.getPrivate()), StandardCharsets.UTF_8);
        Files.writeString(publicFileOf(file), Keys.publicPem(pair.getPublic()));
        log.warn("Generated a new audit signing key {} at {}. This is meant for the embedded and demo setup: in "
                + "production give your own key (gerbang.audit.signing-key-file), keep a copy offline, never put it "
                + "in version control, and give the public key to the ministry.", Keys.keyId(pair.getPublic()),
                file.toAbsolutePath());
    }

    static Path publicFileOf(Path privateFile) {
        String name = privateFile.getFileName().toString();
        String base = name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return privateFile.resolveSibling(base + ".pub.pem");
    }

    public byte[] sign(byte[] payload) {
        return Keys.sign(privateKey, payload);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return Keys.publicPem(publicKey);
    }

    /** The current public key and the earlier ones configured as trusted, by key id. */
    public Map<String, PublicKey> trustedKeys() {
        return trusted;
    }
}
