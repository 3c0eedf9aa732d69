package id.gerbang.report;

import id.gerbang.audit.DocumentSignatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a report file carries the registry's signature (ADR 0116). The signature covers a text
 * ({@link DocumentSignatures}) that names the SHA-256 of the file as it was before the signature was
 * added, the agency, semester, version and the access-log checkpoint the figures stop at. It travels
 * inside the file, where the file's readers ignore it:
 * <ul>
 *   <li><b>PDF</b>: one comment line after {@code %%EOF}:
 *       {@code %gerbang-document/1 <base64 text> <base64 signature>}; the signed hash is over the
 *       bytes before that line;</li>
 *   <li><b>XLSX</b> (a ZIP archive): the archive comment, {@code gerbang-document/1 <base64 text>
 *       <base64 signature>}; the signed hash is over the archive with an empty comment (comment
 *       length 0).</li>
 * </ul>
 * Changing any byte of the file changes the hash or breaks the signature, so {@link #verify} fails.
 */
public final class SignedReportFiles {

    static final String MARK = DocumentSignatures.FORMAT + " ";
    private static final byte[] PDF_MARK = ("%" + MARK).getBytes(StandardCharsets.US_ASCII);
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int EOCD_LENGTH = 22;

    private SignedReportFiles() {
    }

    /** The result of checking a file: {@code ok}, or the reason it failed; the signed fields when readable. */
    public record Verification(boolean ok, String reason, Map<String, String> fields) {
    }

    /** The SHA-256 of bytes, lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the signature to an unsigned PDF or XLSX (with an empty ZIP comment). */
    public static byte[] attach(byte[] unsigned, DocumentSignatures.SignedText signed) {
        String trailer = MARK + Base64.getEncoder().encodeToString(signed.text().getBytes(StandardCharsets.UTF_8))
                + " " + Base64.getEncoder().encodeToString(signed.signature());
        if (isPdf(unsigned)) {
            byte[] line = ("%" + trailer + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] out = Arrays.copyOf(unsigned, unsigned.length + line.length);
            System.arraycopy(line, 0, out, unsigned.length, line.length);
            return out;
        }
        int eocd = unsigned.length - EOCD_LENGTH;
        if (eocd < 0 || intAt(unsigned, eocd) != EOCD_SIGNATURE || shortAt(unsigned, eocd + 20) != 0) {
            throw new IllegalArgumentException("neither a PDF nor a ZIP archive without comment");
        }
        byte[] comment = trailer.getBytes(StandardCharsets.US_ASCII);
        if (comment.length > 0xFFFF) {
            throw new IllegalArgumentException("signature too long for a ZIP comment");
        }
        byte[] out = Arrays.copyOf(unsigned, unsigned.length + comment.length);
        out[eocd + 20] = (byte) (comment.length & 0xFF);
        out[eocd + 21] = (byte) (comment.length >>> 8);
        System.arraycopy(comment, 0, out, unsigned.length, comment.length);
        return out;
    }

    /**
     * Checks a signed report file against the trusted public keys (by key id): the signature
     * trailer is where it must be, the signature verifies under a trusted key, and the file without
     * it has the SHA-256 the signed text names.
     */
    public static Verification verify(byte[] file, Map<String, PublicKey> trusted) {
        Optional<Split> split = isPdf(file) ? splitPdf(file) : splitZip(file);
        if (split.isEmpty()) {
            return new Verification(false, "no Gerbang signature found (not a signed report PDF or XLSX)", Map.of());
        }
        String[] parts = split.get().trailer().split(" ", -1);
        if (parts.length != 3 || !(parts[0] + " ").equals(MARK)) {
            return new Verification(false, "the signature trailer is malformed", Map.of());
        }
        byte[] textBytes;
        byte[] signature;
        try {
            textBytes = canonicalBase64(parts[1]);
            signature = canonicalBase64(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Verification(false, "the signature trailer is malformed", Map.of());
        }
        String text = new String(textBytes, StandardCharsets.UTF_8);
        Map<String, String> fields = fields(text);
        PublicKey key = trusted.get(fields.getOrDefault("keyId", ""));
        if (key == null) {
            return new Verification(false, "signed by a key that is not trusted: " + fields.get("keyId"), fields);
        }
        if (!DocumentSignatures.verify(key, text, signature)) {
            return new Verification(false, "the signature does not verify", fields);
        }
        if (!sha256(split.get().unsigned()).equals(fields.get("sha256"))) {
            return new Verification(false, "the file was changed after it was signed (SHA-256 differs)", fields);
        }
        return new Verification(true, "OK", fields);
    }

    private record Split(byte[] unsigned, String trailer) {
    }

    private static Optional<Split> splitPdf(byte[] file) {
        if (file.length < PDF_MARK.length + 2 || file[file.length - 1] != '\n') {
            return Optional.empty();
        }
        int lineStart = file.length - 1;
        while (lineStart > 0 && file[lineStart - 1] != '\n') {
            lineStart--;
        }
        if (lineStart == 0 || !startsWith(file, lineStart, PDF_MARK)) {
            return Optional.empty();
        }
        String trailer = new String(file, lineStart + 1, file.length - 1 - lineStart - 1, StandardCharsets.US_ASCII);
        return Optional.of(new Split(Arrays.copyOf(file, lineStart), trailer));
    }

    private static Optional<Split> splitZip(byte[] file) {
        for (int eocd = file.length - EOCD_LENGTH; eocd >= 0 && eocd >= file.length - EOCD_LENGTH - 0xFFFF; eocd--) {
            if (intAt(file, eocd) == EOCD_SIGNATURE && eocd + EOCD_LENGTH + shortAt(file, eocd + 20) == file.length) {
                int end = eocd + EOCD_LENGTH;
                String trailer = new String(file, end, file.length - end, StandardCharsets.US_ASCII);
                byte[] unsigned = Arrays.copyOf(file, end);
                unsigned[eocd + 20] = 0;
                unsigned[eocd + 21] = 0;
                return Optional.of(new Split(unsigned, trailer));
            }
        }
        return Optional.empty();
    }

    /** Decodes Base64 and refuses any spelling other than the one the encoder writes. */
    private static byte[] canonicalBase64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("non-canonical Base64");
        }
        return bytes;
    }

    /** The {@code name=value} lines of a signed text, after its first line. */
    public static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                fields.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        return fields;
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static int shortAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
