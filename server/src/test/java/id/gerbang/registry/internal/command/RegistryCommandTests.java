package id.gerbang.registry.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.common.Command;
import id.gerbang.common.Commands;
import id.gerbang.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegistryCommandTests {

    @Autowired
    List<Command> all;

    @Autowired
    Messages messages;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Commands commands;

    @BeforeEach
    void commands() {
        commands = new Commands(all, messages);
    }

    int run(String... args) {
        return commands.run(args);
    }

    String out() {
        return commands.out();
    }

    String err() {
        return commands.err();
    }

    @Test
    void withoutACommandTheServerRunsAndNothingIsPrinted() {
        assertThat(run("--spring.main.banner-mode=off")).isZero();
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageInBothLanguages() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("generate --count=N", "import --file=", "Kode keluar", "Exit codes");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("generat")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("Galat: perintah tidak dikenal \"generat\"", "Error: unknown command \"generat\"",
                "generate --count=N");
    }

    @Test
    void badOptionsAreExplainedInBothLanguages() {
        assertThat(run("generate", "--count=many")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("nilai --count tidak sah: harus bilangan bulat", "invalid value for --count: must be a whole number");

        commands.reset();
        assertThat(run("generate", "--cnt=5")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("opsi --cnt tidak dikenal untuk perintah generate", "option --cnt is not known to the generate command");

        commands.reset();
        assertThat(run("generate", "--province=99")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("--province", "two-digit province code");

        commands.reset();
        assertThat(run("generate", "--as-of=01-01-2026")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("must be a date yyyy-MM-dd");

        commands.reset();
        assertThat(run("generate", "1000")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("argumen berlebih \"1000\"", "write options as --name=value");

        commands.reset();
        assertThat(run("import")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("opsi --file wajib untuk perintah import", "option --file is required by the import command");
    }

    @Test
    void springPropertiesPassThrough() {
        assertThat(run("generate", "--count=0", "--spring.datasource.url=ignored")).isEqualTo(Command.USAGE);
        assertThat(err()).contains("--count").doesNotContain("spring.datasource");
    }

    @Test
    void generatesResidentsAndReportsTheFigures() {
        long seed = ThreadLocalRandom.current().nextLong();
        long before = jdbc.sql("select count(*) from resident").query(Long.class).single();

        assertThat(run("generate", "--count=250", "--province=32", "--seed=" + seed, "--as-of=2025-06-30")).isZero();

        long after = jdbc.sql("select count(*) from resident").query(Long.class).single();
        assertThat(after - before).isBetween(240L, 250L); // an upsert may meet a NIK another test wrote
        assertThat(out()).contains("Membuat 250 penduduk untuk provinsi 32 (Jawa Barat)", "Generating 250 residents",
                "Selesai: 250 penduduk", "Done: 250 residents");
        assertThat(err()).contains("generate [", "100%", "250 rows");
    }

    @Test
    void importsAFileAndSignalsRejectedRowsInTheExitCode() throws IOException {
        Path file = dir.resolve("extract.csv");
        Files.writeString(file, "NIK,NO_KK,NAMA_LGKP,JENIS_KLMIN,TMPT_LHR,TGL_LHR,AGAMA,STATUS_KAWIN,JENIS_PKRJN,PDDK_AKH,"
                + "STAT_HBKEL,ALAMAT,NO_PROP,NO_KAB,NO_KEC,NO_KEL\n"
                + "12345,3204100101109001,X,1,BANDUNG,1990-01-01,1,1,1,1,1,JL. X,32,4,10,2001\n");

        assertThat(run("import", "--file=" + file, "--report=" + dir.resolve("r.csv"))).isEqualTo(ImportCommand.SOME_ROWS_REJECTED);
        assertThat(out()).contains("1 baris dibaca, 0 diterima, 1 ditolak", "1 rows read, 0 accepted, 1 rejected",
                "Pemisah kolom terdeteksi: ,", dir.resolve("r.csv").toString());
        assertThat(Files.readString(dir.resolve("r.csv"))).contains("2,*****,NIK harus 16 digit");
    }

    @Test
    void aFileThatCannotBeImportedIsRefused() {
        assertThat(run("import", "--file=" + dir.resolve("missing.csv"))).isEqualTo(Command.USAGE);
        assertThat(err()).contains("tidak ada atau tidak dapat dibaca", "does not exist or cannot be read");
    }

    @Test
    void failuresPrintOnlyMaskedNumbers() {
        String message = Commands.causes(new IllegalStateException("Key (nik)=(3204101708849001) already exists",
                new RuntimeException("kk 3204100101109001 and 12345")));
        assertThat(message).contains("320410**********", "12345").doesNotContain("3204101708849001", "3204100101109001");
    }
}
