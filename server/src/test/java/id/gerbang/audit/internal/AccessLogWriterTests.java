package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessLogUnavailableException;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.AuditProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The writer's promises when things go wrong: a caller that times out, is interrupted, or whose
 * batch fails is told so and never "committed"; a failed batch leaves no trace and no gap; an entry
 * withdrawn before the writer took it is never written.
 */
class AccessLogWriterTests {

    /**
     * A data source that can be made to fail (new connections and the ones handed out) or to stall
     * (new connections), like a database that went away or hangs.
     */
    static final class Unreliable extends DelegatingDataSource {
        volatile boolean failing;
        volatile CountDownLatch stall = new CountDownLatch(0);

        Unreliable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                stall.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new SQLException("database unavailable", "08001");
            }
            Connection real = super.getConnection();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (failing && !method.getName().equals("close") && !method.getName().equals("rollback")
                                && !method.getName().startsWith("setAutoCommit")) {
                            throw new SQLException("database unavailable", "08006");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    Unreliable db;
    AccessLogWriter writer;

    @BeforeEach
    void start() throws Exception {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:writer-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        String schema = new String(AccessLogWriterTests.class.getResourceAsStream(
                "/db/migration/audit/V600__audit_logs.sql").readAllBytes(), StandardCharsets.UTF_8)
                + ";" + new String(AccessLogWriterTests.class.getResourceAsStream(
                "/db/migration/audit/V610__access_log_local_user.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (String sql : schema.replaceAll("(?m)--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
        db = new Unreliable(h2);
        writer = new AccessLogWriter(db, Clock.systemUTC(), properties(Duration.ofMillis(300), Duration.ofMillis(1)));
        writer.start();
    }

    @AfterEach
    void stop() {
        db.stall.countDown();
        db.failing = false;
        writer.stop();
    }

    static AccessLogEntry entry() {
        return AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .agencyId(1L).build();
    }

    long rows() throws SQLException {
        try (Connection c = db.getTargetDataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from audit_access_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The writer's settings: batches of up to 100, a queue of 1,000; only the timeout and the gather window vary. */
    static AuditProperties properties(Duration writeTimeout, Duration gatherWindow) {
        return new AuditProperties(writeTimeout, 100, 1000, Duration.ofMinutes(10), Path.of("unused.pem"), true,
                List.of(), Path.of("unused"), 2, false, "0 30 1 * * *", 1000, gatherWindow, Duration.ofSeconds(5));
    }

    AccessLogWriter writerGathering(Duration window) {
        writer.stop();
        AccessLogWriter w = new AccessLogWriter(db, Clock.systemUTC(), properties(Duration.ofSeconds(15), window));
        w.start();
        writer = w;
        return w;
    }

    @Test
    void atModerateRatesAnEntryWaitsForTheNextOneToShareItsCommit() throws Exception {
        // wide: the third entry comes after 60 ms; a window of 4 s keeps the test true on a machine
        // that stalls for a second (a CI run once saw three commits with a 1 s window)
        AccessLogWriter w = writerGathering(Duration.ofSeconds(4));
        assertThat(w.record(entry())).as("alone: nothing seen before it, so no waiting").isEqualTo(1);
        assertThat(w.stats().gatheredBatches()).isZero();
        // right after it, an entry comes; the previous one's rate says another is likely: the writer waits
        AtomicReference<Long> second = new AtomicReference<>();
        Thread t = Thread.ofVirtual().start(() -> second.set(w.record(entry())));
        Thread.sleep(60);
        long third = w.record(entry());
        t.join();
        assertThat(List.of(second.get(), third)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(w.stats().entries()).isEqualTo(3);
        assertThat(w.stats().batches()).as("the second and third entries shared one commit").isEqualTo(2);
        assertThat(w.stats().gatheredBatches()).isEqualTo(1);
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void withoutAGatherWindowEveryEntryIsWrittenAtOnce() throws Exception {
        AccessLogWriter w = writerGathering(Duration.ZERO);
        for (int i = 1; i <= 3; i++) {
            assertThat(w.record(entry())).isEqualTo(i);
        }
        assertThat(w.stats().batches()).isEqualTo(3);
        assertThat(w.stats().gatheredBatches()).isZero();
    }

    @Test
    void aFailedBatchRefusesItsCallersAndLeavesNoGap() throws Exception {
        assertThat(writer.record(entry())).isEqualTo(1);
        db.failing = true;
        assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AccessLogUnavailableException.class);
        db.failing = false;
        assertThat(writer.record(entry())).as("the chain goes on without a gap").isEqualTo(2);
        assertThat(rows()).isEqualTo(2);
        assertThat(writer.stats().failedBatches()).isEqualTo(1);
    }

    @Test
    void aCallerThatTimesOutIsToldSoAndItsEntryIsNotWrittenLater() throws Exception {
        db.stall = new CountDownLatch(1);
        AccessLogEntry first = entry();
        Thread blocked = Thread.ofVirtual().start(() -> {
            try {
                writer.record(first);
            } catch (AccessLogUnavailableException expected) {
                // the writer holds this entry while the database hangs
            }
        });
        Thread.sleep(50);
        AccessLogEntry late = entry();
        assertThatThrownBy(() -> writer.record(late)).isInstanceOf(AccessLogUnavailableException.class)
                .hasMessageContaining("timeout");
        db.stall.countDown();
        blocked.join();
        writer.record(entry());
        try (Connection c = db.getTargetDataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select request_id from audit_access_log order by seq")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            assertThat(ids).as("the withdrawn entry was never written").doesNotContain(late.requestId());
            assertThat(ids).contains(first.requestId());
        }
    }

    @Test
    void anInterruptedCallerIsToldSoAndKeepsItsInterrupt() throws Exception {
        db.stall = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                writer.record(entry());
            } catch (RuntimeException e) {
                thrown.set(e);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        Thread.sleep(50);
        caller.interrupt();
        caller.join();
        assertThat(thrown.get()).isInstanceOf(AccessLogUnavailableException.class).hasMessageContaining("interrupted");
        assertThat(interrupted.get()).isTrue();
    }

    @Test
    void theAsyncVariantFailsWhenTheBatchFails() {
        db.failing = true;
        assertThatThrownBy(() -> writer.submit(entry()).join()).hasCauseInstanceOf(AccessLogUnavailableException.class);
    }

    @Test
    void aStoppedWriterRefusesNewEntries() {
        writer.stop();
        assertThatThrownBy(() -> writer.record(entry())).isInstanceOf(AccessLogUnavailableException.class);
    }
}
