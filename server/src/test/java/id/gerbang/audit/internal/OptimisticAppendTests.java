package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.VerificationReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two writers on one database, as two server instances would be: each appends in one statement
 * while the chain head is where it left it (PostgreSQL, {@link OptimisticAppend}) and falls back to
 * the locked path when the other one appended meanwhile. Whatever the interleaving, every entry is
 * stored once, the sequence has no gap and the chain verifies.
 */
@IntegrationTest
class OptimisticAppendTests {

    @Autowired DataSource dataSource;
    @Autowired AccessLogWriter writer;
    @Autowired AuditProperties properties;
    @Autowired SigningKeys keys;
    @Autowired JdbcClient jdbc;

    static AccessLogEntry entry(String tag) {
        return AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .agencyId(77L).agreementId(78L).userId(tag).sourceIp("127.0.0.1").nik(3204104501900003L)
                .elements(List.of("NIK", "NAMA_LGKP")).latencyMicros(250L).build();
    }

    @Test
    void twoWritersInterleaveWithoutGapsOrDuplicates() throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("gerbang.test.database"));
        String tag = "optimistic-" + System.nanoTime() % 1_000_000;
        AccessLogWriter other = new AccessLogWriter(dataSource, Clock.systemUTC(), properties);
        other.start();
        long optimisticBefore = writer.stats().optimisticBatches() ;
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        // runs of one writer, then the other: each finds the head moved now and then
                        AccessLogWriter w = ((i / 5) + thread) % 2 == 0 ? writer : other;
                        AccessLogEntry e = entry(tag);
                        acknowledged.put(e.requestId(), w.record(e));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            other.stop();
        }
        assertThat(acknowledged).hasSize(480);
        Map<String, Long> stored = new ConcurrentHashMap<>();
        List<String> requestIds = new ArrayList<>();
        jdbc.sql("select request_id, seq from audit_access_log where user_id = ?").param(tag)
                .query((rs, n) -> {
                    requestIds.add(rs.getString(1));
                    stored.put(rs.getString(1), rs.getLong(2));
                    return null;
                }).list();
        assertThat(requestIds).as("each entry once").doesNotHaveDuplicates().hasSize(480);
        assertThat(stored).as("stored at the sequence number its caller was given").isEqualTo(acknowledged);
        Set<Long> seqs = new HashSet<>(stored.values());
        long first = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
        VerificationReport report = new DatabaseVerifier(dataSource, keys, properties).verifyRange("access", first, last);
        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(last - first + 1);
        long optimistic = writer.stats().optimisticBatches() - optimisticBefore + other.stats().optimisticBatches();
        if (postgres) {
            assertThat(optimistic).as("batches appended in one statement").isPositive();
            assertThat(writer.stats().batches() + other.stats().batches() - optimistic)
                    .as("some batches found the head moved by the other writer").isPositive();
        } else {
            assertThat(optimistic).as("H2 has no data-modifying CTE: always the locked path").isZero();
        }
    }
}
