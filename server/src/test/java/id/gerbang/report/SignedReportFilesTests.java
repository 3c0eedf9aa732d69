package id.gerbang.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.audit.DocumentSignatures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature a report file carries: a signed PDF and a signed XLSX verify, still open as what they
 * are, and a file altered by one byte (anywhere: content, signature trailer, ZIP comment length) or
 * checked against another key fails, also through {@code verify-report}.
 */
class SignedReportFilesTests {

    final KeyPair registry = ed25519();
    final KeyPair other = ed25519();

    @Test
    void aSignedPdfVerifiesAndEveryOneByteChangeFails(@TempDir Path dir) throws Exception {
        byte[] signed = sign(SemesterReportsTests.pdf());
        assertThat(SignedReportFiles.verify(signed, trusted(registry.getPublic())).ok()).isTrue();
        assertThat(new org.openpdf.text.pdf.PdfReader(signed).getNumberOfPages()).isEqualTo(1);
        everyAlterationFails(signed);
        assertThat(SignedReportFiles.verify(signed, trusted(other.getPublic())).reason()).contains("not trusted");
        assertThat(SignedReportFiles.verify(SemesterReportsTests.pdf(), trusted(registry.getPublic())).ok()).isFalse();

        Path key = dir.resolve("registry.pub.pem");
        Files.writeString(key, pem(registry.getPublic()));
        Path file = dir.resolve("laporan.pdf");
        Files.write(file, signed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyReportCommand.check(file, List.of(key.toString()), new PrintStream(out))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("laporan.pdf: OK", "semester = 2026-1");
        signed[signed.length / 2] ^= 1;
        Files.write(file, signed);
        out.reset();
        assertThat(VerifyReportCommand.check(file, List.of(key.toString()), new PrintStream(out))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED");
        assertThat(VerifyReportCommand.check(dir.resolve("missing.pdf"), List.of(key.toString()),
                new PrintStream(out))).isEqualTo(2);
    }

    @Test
    void aSignedXlsxVerifiesStillOpensAndEveryOneByteChangeFails() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] signed = sign(zip.toByteArray());
        assertThat(SignedReportFiles.verify(signed, trusted(registry.getPublic())).ok()).isTrue();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(signed))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("xl/workbook.xml");
        }
        Path tmp = Files.createTempFile("report", ".xlsx");
        Files.write(tmp, signed);
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(tmp.toFile())) {
            assertThat(file.getComment()).startsWith("gerbang-document/1 ");
        }
        Files.delete(tmp);
        everyAlterationFails(signed);
    }

    private void everyAlterationFails(byte[] signed) {
        Map<String, PublicKey> keys = trusted(registry.getPublic());
        Random random = new Random(20261206);
        for (int i = 0; i < signed.length; i++) {
            byte[] copy = signed.clone();
            copy[i] ^= (byte) (1 << random.nextInt(8));
            assertThat(SignedReportFiles.verify(copy, keys).ok()).as("byte %d of %d changed", i, signed.length)
                    .isFalse();
        }
        byte[] shorter = java.util.Arrays.copyOf(signed, signed.length - 1);
        assertThat(SignedReportFiles.verify(shorter, keys).ok()).isFalse();
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 1);
        assertThat(SignedReportFiles.verify(longer, keys).ok()).isFalse();
    }

    private byte[] sign(byte[] unsigned) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", "semester-report.pdf");
        fields.put("agencyId", "7");
        fields.put("semester", "2026-1");
        fields.put("sha256", SignedReportFiles.sha256(unsigned));
        String keyId = DocumentSignatures.keyId(registry.getPublic());
        String text = DocumentSignatures.text(fields, keyId);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(registry.getPrivate());
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return SignedReportFiles.attach(unsigned, new DocumentSignatures.SignedText(text, keyId, signature.sign()));
    }

    private static Map<String, PublicKey> trusted(PublicKey key) {
        return Map.of(DocumentSignatures.keyId(key), key);
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
