package id.gerbang.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README shows, run from the packaged jar as a separate process, as a newcomer
 * runs it (in a folder of its own, on the embedded database under {@code ./data/}), with its exit
 * code: so a documented command cannot break unseen again (the launcher once appended an option
 * that {@code verify} then refused, exit 2). Run by Failsafe after {@code package}; the jar's path
 * comes from the build ({@code gerbang.jar}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    @TempDir
    static Path folder;

    static Path jar;

    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("gerbang.jar", "target/gerbang-server.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run through Failsafe after package)").isRegularFile();
    }

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar gerbang-server.jar " + String.join(" ", args) + " did not end in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void helpListsEveryCommandInBothLanguages() throws Exception {
        Run help = java("help");
        assertThat(help.exit()).as(help.both()).isZero();
        assertThat(help.out()).contains("generate --count=N", "import --file=", "verify [--log=", "verify --archive=",
                "rotate-feedback-key", "verify-report --file=", "Kode keluar", "Exit codes");
    }

    @Test
    @Order(2)
    void anUnknownCommandExits2() throws Exception {
        Run unknown = java("generat");
        assertThat(unknown.exit()).as(unknown.both()).isEqualTo(2);
        assertThat(unknown.err()).contains("perintah tidak dikenal \"generat\"", "unknown command \"generat\"");
    }

    @Test
    @Order(3)
    void generateLoadsResidents() throws Exception {
        Run generate = java("generate", "--count=1000", "--province=32", "--seed=42");
        assertThat(generate.exit()).as(generate.both()).isZero();
        assertThat(generate.out()).contains("Done: 1,000 residents");
        assertThat(folder.resolve("data")).isDirectory();
    }

    @Test
    @Order(4)
    void importReadsAnExtractAndSignalsRejectedRows() throws Exception {
        Path extract = folder.resolve("extract.csv");
        Files.writeString(extract, "NIK,NO_KK,NAMA_LGKP,JENIS_KLMIN,TMPT_LHR,TGL_LHR,AGAMA,STATUS_KAWIN,JENIS_PKRJN,PDDK_AKH,"
                + "STAT_HBKEL,ALAMAT,NO_PROP,NO_KAB,NO_KEC,NO_KEL\n"
                + "12345,3204100101109001,X,1,BANDUNG,1990-01-01,1,1,1,1,1,JL. X,32,4,10,2001\n");
        Run imported = java("import", "--file=extract.csv", "--report=rejects.csv");
        assertThat(imported.exit()).as(imported.both()).isEqualTo(3);
        assertThat(folder.resolve("rejects.csv")).isRegularFile();
    }

    @Test
    @Order(5)
    void verifyChecksTheLogsOfTheDatabase() throws Exception {
        Run verify = java("verify");
        assertThat(verify.exit()).as(verify.both()).isZero();
        assertThat(verify.out()).contains("access log (database)", "admin log (database)", "OK:");
        assertThat(verify.both()).doesNotContain("unknown argument");
    }

    @Test
    @Order(6)
    void verifyOfAnArchiveNeedsTheArchiveAndTheKey() throws Exception {
        // A fresh installation has archived nothing yet: a clear refusal, exit 2 (the offline form
        // with real archives is covered by ArchiveTests and the audit benchmark).
        Run verify = java("verify", "--archive=data/archive", "--public-key=registry.pub.pem");
        assertThat(verify.exit()).as(verify.both()).isEqualTo(2);
        assertThat(verify.out()).contains("verify: ");
    }

    @Test
    @Order(7)
    void rotateFeedbackKeyAddsAKey() throws Exception {
        Run rotate = java("rotate-feedback-key");
        assertThat(rotate.exit()).as(rotate.both()).isZero();
        assertThat(rotate.out()).contains("new current key");
        Run wrong = java("rotate-feedback-key", "--bogus");
        assertThat(wrong.exit()).as(wrong.both()).isEqualTo(2);
    }

    @Test
    @Order(8)
    void verifyReportRefusesAFileWithoutTheRegistrysSignature() throws Exception {
        // The README's form: the file and the registry's public key (written beside the generated
        // signing key on the first start). A PDF without Gerbang's signature fails (exit 1), a missing
        // file is refused (exit 2); signed files are covered by SignedReportFilesTests and SemesterReportsTests.
        Path key = folder.resolve("data/keys/audit-signing-key.pub.pem");
        assertThat(key).as("public key written at the first start").isRegularFile();
        Files.writeString(folder.resolve("laporan.pdf"), "%PDF-1.4\nxxxxxxxxxxxxxxxxxxxx\n%%EOF\n");
        Run unsigned = java("verify-report", "--file=laporan.pdf", "--public-key=" + key);
        assertThat(unsigned.exit()).as(unsigned.both()).isEqualTo(1);
        assertThat(unsigned.out()).contains("laporan.pdf: FAILED");
        Run missing = java("verify-report", "--file=tidak-ada.pdf", "--public-key=" + key);
        assertThat(missing.exit()).as(missing.both()).isEqualTo(2);
    }
}
