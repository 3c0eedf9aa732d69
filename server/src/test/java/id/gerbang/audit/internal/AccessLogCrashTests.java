package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.VerificationReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Durable before visible, proven with {@code kill -9}: a separate JVM writes entries from 64 threads
 * and prints each request id only after {@code record()} returned; it is killed without warning under
 * load, and every printed id must then be in the database, with its sequence number, on a chain that
 * verifies. On H2 the database is a file in a temporary folder; on PostgreSQL it is the test database.
 */
@IntegrationTest
class AccessLogCrashTests {

    static final Pattern ACK = Pattern.compile("ACK (\\S+) (\\d+)");

    @Autowired
    Environment environment;
    @Autowired
    DataSource contextDataSource;
    @Autowired
    SigningKeys keys;
    @Autowired
    AuditProperties audit;

    @Test
    void everyAcknowledgedEntrySurvivesAKill9(@TempDir Path dir) throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("gerbang.test.database"));
        String url = postgres ? environment.getRequiredProperty("spring.datasource.url")
                : "jdbc:h2:file:" + dir.resolve("crash") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = environment.getProperty("spring.datasource.username", "sa");
        String password = environment.getProperty("spring.datasource.password", "");
        String tag = "crash-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=" + url, "-Dspring.datasource.username=" + user,
                "-Dspring.datasource.password=" + password,
                "-Dgerbang.audit.signing-key-file=" + audit.signingKeyFile().toAbsolutePath(),
                "-Dgerbang.audit.archive-enabled=false", "-Dgerbang.demo.enabled=false",
                "-Dspring.main.banner-mode=off", "-Dlogging.level.root=WARN", "-Dcrash.tag=" + tag,
                // a free port: application.yml's server.port outranks the builder's default properties
                "-Dserver.port=0",
                CrashLoadMain.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> acknowledged = new HashMap<>();
        List<String> other = new ArrayList<>();
        long killedAt;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread reader = Thread.ofPlatform().start(() -> read(lines, acknowledged, other));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!other.contains("READY") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(other).as("child output").contains("READY");
            Thread.sleep(3000);
            synchronized (acknowledged) {
                killedAt = acknowledged.size();
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(killedAt).as("entries acknowledged under load").isGreaterThan(500);
        assertThat(other).noneMatch(line -> line.startsWith("ERR"));

        DataSource db = postgres ? contextDataSource : new DriverManagerDataSource(url, user, password);
        JdbcClient jdbc = JdbcClient.create(db);
        Map<String, Long> stored = new HashMap<>();
        jdbc.sql("select request_id, seq from audit_access_log where user_id = ?").param(tag)
                .query((rs, n) -> stored.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> lost = new HashMap<>(acknowledged);
        lost.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
        assertThat(lost.size()).as("acknowledged but not in the log (of %d), e.g. %s", acknowledged.size(),
                lost.entrySet().stream().limit(5).toList()).isZero();
        assertThat(stored.size()).isGreaterThanOrEqualTo(acknowledged.size());

        long first = stored.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = stored.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        VerificationReport report = new DatabaseVerifier(db, keys, audit).verifyRange("access", first, last);
        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(last - first + 1);
        System.out.printf("kill -9 (%s): %d acknowledged, %d stored, chain %d..%d verified%n",
                postgres ? "PostgreSQL" : "H2", acknowledged.size(), stored.size(), first, last);
    }

    private static void read(BufferedReader lines, Map<String, Long> acknowledged, List<String> other) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher m = ACK.matcher(line);
                if (m.matches()) {
                    synchronized (acknowledged) {
                        acknowledged.put(m.group(1), Long.parseLong(m.group(2)));
                    }
                } else if (other.size() < 1000) {
                    synchronized (other) {
                        other.add(line);
                    }
                }
            }
        } catch (java.io.IOException e) {
            // the pipe closes when the child dies
        }
    }
}
