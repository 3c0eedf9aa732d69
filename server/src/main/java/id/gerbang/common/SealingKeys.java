package id.gerbang.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;


/**
 * A file of AES-256 keys that encrypt values at rest, kept outside the database, one line per key:
 * {@code <key id> <base64 key>}; the last line is the current key, earlier lines are older keys
 * still needed to read values written under them. A line {@code fingerprint <base64 key>} holds an
 * HMAC key that does not rotate (for equality checks without the plain value). Values are AES-GCM
 * with a random 96-bit nonce, bound to their row by the associated data; the key id is stored
 * beside each value. The file is read again when it changes, so a running server picks up a
 * rotated key. The one mechanism for keys of this kind: the data-balikan keys
 * ({@code feedback.internal.FeedbackKeys}) and the second-factor keys of the account module are
 * files of this form, each named by its {@link #purpose()} in messages (ADR 0071).
 */
public class SealingKeys {

    static final String FINGERPRINT = "fingerprint";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String purpose;
    private volatile Loaded loaded;

    private record Loaded(FileTime modified, Map<String, SecretKey> keys, String currentId, SecretKey fingerprint) {
    }

    /** An encrypted value and the id of the key it was encrypted with. */
    public record Sealed(String keyId, byte[] value) {
    }

    /**
     * Opens the key file; creates it with a first key when it is missing and {@code generate} is on.
     *
     * @param purpose what the keys protect, for messages ("data-balikan", "second-factor")
     * @param setting the setting that names the file, for the message when it is missing
     */
    protected SealingKeys(Path file, boolean generate, String purpose, String setting) {
        if (!Files.exists(file)) {
            if (!generate) {
                throw new IllegalStateException("The " + purpose + " key file " + file.toAbsolutePath()
                        + " does not exist; give " + setting);
            }
            create(file, purpose);
        }
        this.file = file;
        this.purpose = purpose;
        this.loaded = read(file, purpose);
    }

    public static SealingKeys open(Path file, boolean generate, String purpose, String setting) {
        return new SealingKeys(file, generate, purpose, setting);
    }

    /** What the keys protect, as named in messages. */
    public String purpose() {
        return purpose;
    }

    public Path file() {
        return file;
    }

    public String currentKeyId() {
        return current().currentId;
    }

    public Sealed seal(byte[] plain, byte[] associated) {
        Loaded keys = current();
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.keys.get(keys.currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(keys.currentId, ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalStateException when the key is unknown or the value was altered */
    public byte[] open(String keyId, byte[] value, byte[] associated) {
        SecretKey key = current().keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("unknown " + purpose + " key " + keyId + " (is the key file complete?)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 0, NONCE));
            cipher.updateAAD(associated);
            return cipher.doFinal(value, NONCE, value.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a " + purpose + " value does not decrypt under key " + keyId, e);
        }
    }

    /** HMAC-SHA256 of the text under the fingerprint key. */
    public byte[] fingerprint(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(current().fingerprint);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Appends a new current key to the file and returns its id (older keys stay to read old values). */
    public String addKey() {
        String id = newKeyId();
        try {
            Files.writeString(file, id + " " + newKey() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = read(file, purpose);
        return id;
    }

    /** Removes keys other than the current one and the given ones (those still used by some value). */
    public List<String> retireExcept(java.util.Set<String> inUse) {
        Loaded keys = current();
        List<String> lines = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        lines.add(FINGERPRINT + " " + Base64.getEncoder().encodeToString(keys.fingerprint.getEncoded()));
        keys.keys.forEach((id, key) -> {
            if (id.equals(keys.currentId) || inUse.contains(id)) {
                if (!id.equals(keys.currentId)) {
                    lines.add(id + " " + Base64.getEncoder().encodeToString(key.getEncoded()));
                }
            } else {
                retired.add(id);
            }
        });
        lines.add(keys.currentId + " " + Base64.getEncoder().encodeToString(keys.keys.get(keys.currentId).getEncoded()));
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".new");
            OwnerOnlyFiles.replace(temp, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = read(file, purpose);
        return retired;
    }

    private Loaded current() {
        Loaded keys = loaded;
        try {
            if (!Files.getLastModifiedTime(file).equals(keys.modified)) {
                keys = read(file, purpose);
                loaded = keys;
            }
        } catch (IOException e) {
            // the keys in memory still serve; the file's absence is reported at the next start
        }
        return keys;
    }

    private static Loaded read(Path file, String purpose) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            String currentId = null;
            SecretKey fingerprint = null;
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException("malformed line in the " + purpose + " key file " + file);
                }
                byte[] bytes = Base64.getDecoder().decode(parts[1]);
                if (bytes.length != 32) {
                    throw new IllegalStateException("a " + purpose + " key is not 256 bits in " + file);
                }
                if (FINGERPRINT.equals(parts[0])) {
                    fingerprint = new SecretKeySpec(bytes, "HmacSHA256");
                } else {
                    keys.put(parts[0], new SecretKeySpec(bytes, "AES"));
                    currentId = parts[0];
                }
            }
            if (currentId == null || fingerprint == null) {
                throw new IllegalStateException("the " + purpose + " key file " + file + " has no key or no fingerprint line");
            }
            return new Loaded(modified, Map.copyOf(keys), currentId, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + purpose + " key file " + file, e);
        }
    }

    private static void create(Path file, String purpose) {
        try {
            OwnerOnlyFiles.createNew(file, "# Gerbang " + purpose + " keys. Keep a copy offline; never commit.\n"
                    + FINGERPRINT + " " + newKey() + "\n" + newKeyId() + " " + newKey() + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another process created it first
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the " + purpose + " key file " + file, e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String newKeyId() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return "k" + HexFormat.of().formatHex(id);
    }

}
