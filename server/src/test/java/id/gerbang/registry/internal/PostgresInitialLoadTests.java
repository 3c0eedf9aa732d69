package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.gerbang.IntegrationTest;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL initial load (keys dropped, COPY FREEZE, keys rebuilt) in a schema of its own,
 * created from the registry migration, so the shared test tables are never truncated.
 */
@IntegrationTest
class PostgresInitialLoadTests {

    @Autowired
    BulkLoading loading;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    String schema;
    DataSource dataSource;
    JdbcClient jdbc;

    @BeforeEach
    void createSchema() throws IOException {
        assumeTrue(loading.isPostgres(), "the initial load is PostgreSQL's");
        schema = "registry_load_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        JdbcClient.create(new DriverManagerDataSource(url, user, password)).sql("create schema " + schema).update();
        dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        jdbc = JdbcClient.create(dataSource);
        String migration = new ClassPathResource("db/migration/registry/V200__population_register.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : migration.replaceAll("--[^\n]*", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
    }

    @Test
    void loadsAnEmptyRegisterAndRebuildsTheKeysAndTheIndex() throws SQLException {
        List<Long> niks = niks(1_000);
        try (PostgresCopyWriter writer = new PostgresCopyWriter(dataSource, WriteMode.INSERT, 128)) {
            write(writer, niks);
            assertThat(writer.residentsWritten()).as("nothing committed before the keys exist").isZero();
            assertThat(writer.finish()).isEqualTo(1_000);
        }
        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isEqualTo(1_000);
        assertThat(indexes()).containsExactlyInAnyOrder("family_pkey", "resident_pkey", "resident_no_kk");
        assertThatThrownBy(() -> jdbc.sql("insert into resident select * from resident fetch first 1 rows only").update())
                .as("the primary key holds again").hasMessageContaining("resident_pkey");
    }

    @Test
    void aFailedInitialLoadLeavesTheTablesAsTheyWere() throws SQLException {
        List<Long> niks = niks(300);
        niks.add(niks.get(7)); // the same NIK twice: the key cannot be built
        try (PostgresCopyWriter writer = new PostgresCopyWriter(dataSource, WriteMode.INSERT, 100)) {
            write(writer, niks);
            assertThatThrownBy(writer::finish).isInstanceOf(BulkLoadFailedException.class);
        }
        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isZero();
        assertThat(indexes()).containsExactlyInAnyOrder("family_pkey", "resident_pkey", "resident_no_kk");
    }

    @Test
    void closingAnInitialLoadUnfinishedRollsItBack() throws SQLException {
        try (PostgresCopyWriter writer = new PostgresCopyWriter(dataSource, WriteMode.INSERT, 50)) {
            write(writer, niks(200));
        }
        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isZero();
        assertThat(indexes()).containsExactlyInAnyOrder("family_pkey", "resident_pkey", "resident_no_kk");
    }

    @Test
    void aRegisterWithRowsIsLoadedWithItsKeysInPlace() throws SQLException {
        try (PostgresCopyWriter writer = new PostgresCopyWriter(dataSource, WriteMode.INSERT, 50)) {
            write(writer, niks(10));
            writer.finish();
        }
        List<Long> more = niks(120);
        try (PostgresCopyWriter writer = new PostgresCopyWriter(dataSource, WriteMode.INSERT, 50)) {
            write(writer, more.subList(0, 100));
            assertThat(writer.residentsWritten()).as("chunks commit one by one").isGreaterThanOrEqualTo(50);
            write(writer, more.subList(100, 120));
            writer.finish();
        }
        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isEqualTo(130);
    }

    /** Families of ten, each with its own card number. */
    private void write(ResidentBulkWriter writer, List<Long> niks) {
        Set<Long> cards = new HashSet<>();
        long noKk = 0;
        for (int i = 0; i < niks.size(); i++) {
            if (i % 10 == 0) {
                do {
                    noKk = TestRows.noKk();
                } while (!cards.add(noKk));
                writer.family(TestRows.family(noKk));
            }
            writer.resident(TestRows.resident(niks.get(i), noKk, "WARGA " + i, i % 10 == 0 ? 1 : 4));
        }
    }

    private static List<Long> niks(int count) {
        Set<Long> niks = new HashSet<>();
        while (niks.size() < count) {
            niks.add(TestRows.nik(niks.size() % 2 == 0));
        }
        return new ArrayList<>(niks);
    }

    private List<String> indexes() {
        return jdbc.sql("select indexname from pg_indexes where schemaname = ?").param(schema).query(String.class).list();
    }
}
