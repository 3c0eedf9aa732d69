package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.Resident;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ResidentBulkWriterTests {

    @Autowired
    BulkLoading loading;

    @Autowired
    PopulationRegister register;

    @Autowired
    JdbcClient jdbc;

    @Test
    void choosesCopyOnPostgresAndBatchesOnH2() {
        boolean postgres = "postgres".equals(System.getProperty("gerbang.test.database"));
        assertThat(loading.isPostgres()).isEqualTo(postgres);
        try (ResidentBulkWriter writer = loading.open(WriteMode.INSERT)) {
            assertThat(writer).isInstanceOf(postgres ? PostgresCopyWriter.class : H2BatchWriter.class);
        }
    }

    @Test
    void insertsFamiliesAndResidentsReadableThroughTheRegister() {
        long noKk = TestRows.noKk();
        long head = TestRows.nik(false);
        long wife = TestRows.nik(true);
        TestRows.delete(jdbc, noKk, head, wife);

        try (ResidentBulkWriter writer = loading.open(WriteMode.INSERT)) {
            writer.family(TestRows.family(noKk));
            writer.resident(TestRows.resident(head, noKk, "UJANG SUKMARA", 1));
            writer.resident(TestRows.resident(wife, noKk, "NENG KOMALASARI", 3));
            assertThat(writer.finish()).isEqualTo(2);
        }

        Resident read = register.findByNik(Nik.of(wife)).orElseThrow();
        assertThat(read.fullName()).isEqualTo("NENG KOMALASARI");
        assertThat(read.address().street()).isEqualTo("JL. MAWAR NO. 7");
        assertThat(read.address().villageNo()).isEqualTo(2001);
        assertThat(register.findFamily(read.noKk())).extracting(Resident::nik).containsExactly(Nik.of(head), Nik.of(wife));
    }

    @Test
    void keepsTabsBackslashesAndLineBreaksInText() {
        long noKk = TestRows.noKk();
        long nik = TestRows.nik(false);
        TestRows.delete(jdbc, noKk, nik);
        String awkward = "A\tB\\C\nD\rE ÉÑ";

        try (ResidentBulkWriter writer = loading.open(WriteMode.INSERT)) {
            writer.family(TestRows.family(noKk));
            writer.resident(TestRows.resident(nik, noKk, awkward, 1));
            writer.finish();
        }

        assertThat(register.findByNik(Nik.of(nik)).orElseThrow().fullName()).isEqualTo(awkward);
    }

    @Test
    void upsertReplacesByKeyAndNeverDuplicates() {
        long noKk = TestRows.noKk();
        long nik = TestRows.nik(true);
        TestRows.delete(jdbc, noKk, nik);
        for (String name : List.of("SITI AMINAH", "SITI AMINAH RAHAYU")) {
            try (ResidentBulkWriter writer = loading.open(WriteMode.UPSERT)) {
                writer.family(TestRows.family(noKk));
                writer.resident(TestRows.resident(nik, noKk, name, 1));
                writer.finish();
            }
        }
        long rows = jdbc.sql("select count(*) from resident where nik = ?").param(nik).query(Long.class).single();
        assertThat(rows).isOne();
        assertThat(register.findByNik(Nik.of(nik)).orElseThrow().fullName()).isEqualTo("SITI AMINAH RAHAYU");
    }

    @Test
    void insertOfAnExistingKeyFailsThatChunkOnly() {
        long noKk = TestRows.noKk();
        long first = TestRows.nik(false);
        long second = TestRows.nik(true);
        TestRows.delete(jdbc, noKk, first, second);
        try (ResidentBulkWriter writer = loading.open(WriteMode.INSERT)) {
            writer.family(TestRows.family(noKk));
            writer.resident(TestRows.resident(first, noKk, "DEDI", 1));
            writer.finish();
        }

        ResidentBulkWriter writer = loading.open(WriteMode.INSERT);
        try (writer) {
            writer.resident(TestRows.resident(second, noKk, "EUIS", 3));
            writer.resident(TestRows.resident(first, noKk, "DEDI AGAIN", 1));
            assertThatThrownBy(writer::finish).isInstanceOf(BulkLoadFailedException.class);
        }

        assertThat(register.findByNik(Nik.of(first)).orElseThrow().fullName()).isEqualTo("DEDI");
        assertThat(register.findByNik(Nik.of(second))).isEmpty();
    }

    @Test
    void closingWithoutFinishingWritesNothingOfTheOpenChunk() {
        long noKk = TestRows.noKk();
        long nik = TestRows.nik(false);
        TestRows.delete(jdbc, noKk, nik);
        try (ResidentBulkWriter writer = loading.open(WriteMode.UPSERT)) {
            writer.family(TestRows.family(noKk));
            writer.resident(TestRows.resident(nik, noKk, "CECEP", 1));
        }
        assertThat(register.findByNik(Nik.of(nik))).isEmpty();
    }

    @Test
    void writesManyChunks() {
        long noKk = TestRows.noKk();
        List<Long> niks = new ArrayList<>();
        while (niks.size() < 450) {
            long nik = TestRows.nik(niks.size() % 2 == 0);
            if (!niks.contains(nik)) {
                niks.add(nik);
            }
        }
        TestRows.delete(jdbc, noKk, niks.stream().mapToLong(Long::longValue).toArray());
        RegistryProperties smallChunks = new RegistryProperties(100, properties.generator(), properties.readBatch());
        try (ResidentBulkWriter writer = new BulkLoading(dataSource, smallChunks).open(WriteMode.UPSERT)) {
            writer.family(TestRows.family(noKk));
            for (long nik : niks) {
                writer.resident(TestRows.resident(nik, noKk, "ANGGOTA", 4));
                assertThat(writer.residentsWritten()).isLessThanOrEqualTo(niks.size());
            }
            assertThat(writer.finish()).isEqualTo(450);
        }
        assertThat(register.findAll(niks.stream().map(Nik::of).toList())).hasSize(450);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    RegistryProperties properties;
}
