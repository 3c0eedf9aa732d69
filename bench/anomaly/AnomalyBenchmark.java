import id.gerbang.GerbangApplication;
import id.gerbang.anomaly.internal.AnomalyScan;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The anomaly scan's throughput (docs/anomaly.md, "Throughput"; bench/anomaly/run.sh). Starts the
 * application against spring.datasource.url, writes ENTRIES lookups straight into audit_access_log
 * (now, 50 agencies, 200 user IDs, random NIKs, every tenth refused; a dummy hash: the chain is never
 * verified here), puts the anomaly watermark just before them and times one scan over all of them
 * ({@code AnomalyScan.runOnce}, max-pages large enough), in entries/s. {@code bench.at} (an ISO instant,
 * default now) sets the entries' time, so runs at different hours judge the same windows (the
 * night-burst rule counts only Jakarta night hours); the alerts are then summed up per rule with a
 * digest of their content (all columns but the id and the raising time, in id order), which must be
 * the same for the same entries, time and database whatever the scan's inner workings. Before the
 * timed scan the usage summary is folded ({@code bench.fold}, default true), as its fold every 5 s
 * keeps it in service: the volume rule reads a user's previous days through it, and an unfolded
 * summary makes each such read go through all the generated entries (the run.sh sets a 1 h fold
 * interval so that the fold does not run during the scan).
 */
public class AnomalyBenchmark {

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    static void run(String[] args) throws Exception {
        int entries = Integer.getInteger("bench.entries", 20_000);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        System.out.printf("database: %s%ncores: %d%n", context.getEnvironment().getProperty("spring.datasource.url"),
                Runtime.getRuntime().availableProcessors());
        AnomalyScan scan = context.getBean(AnomalyScan.class);
        while (scan.runOnce() == null) {   // the scheduled first run may hold the lease a moment
            Thread.sleep(200);
        }
        long last = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_access_log", Long.class);
        Random random = new Random(20261206);
        String at = System.getProperty("bench.at", "");
        Instant time = at.isBlank() ? Instant.now() : Instant.parse(at);
        Timestamp now = Timestamp.from(time);
        LocalDate day = LocalDate.ofInstant(time, ZoneId.of("Asia/Jakarta"));
        List<Object[]> rows = new ArrayList<>(entries);
        for (int i = 1; i <= entries; i++) {
            int agency = 1 + random.nextInt(50);
            int user = random.nextInt(4);
            long nik = 3200000000000000L + (long) (random.nextDouble() * 9e12);
            rows.add(new Object[] {last + i, now, day, "bench-anomaly-" + (last + i), agency, agency * 10L,
                    "bench-op-" + agency + "-" + user, "WEB_SERVICE_COMPATIBLE", "LOOKUP", "10.0." + agency + ".1", nik,
                    "kasus", i % 10 == 0 ? "LOGIN_FAILED" : "FOUND", "NIK,NAMA_LGKP", 900, new byte[] {0}});
        }
        jdbc.batchUpdate("insert into audit_access_log (seq, logged_at, log_date, request_id, agency_id, agreement_id, "
                + "user_id, channel, operation, source_ip, nik, purpose, outcome, elements, latency_micros, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("update anomaly_watermark set scanned_through_seq = ? where log_name = 'access'", last);
        if (Boolean.parseBoolean(System.getProperty("bench.fold", "true"))) {
            long folded = context.getBean(id.gerbang.audit.internal.UsageSummary.class).fold();
            System.out.printf("usage summary folded before the scan: %,d entries%n", folded);
        }
        System.out.printf("load average before the scan: %s%n",
                new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).strip());
        long t0 = System.nanoTime();
        AnomalyScan.Result result = scan.runOnce();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "SCAN    %,d entries in %.1f s = %,.0f entries/s (%s)%n", result.entries(), seconds,
                result.entries() / seconds, result);
        System.out.printf("load average after the scan: %s%n",
                new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).strip());
        System.out.printf("entries' time: %s%n", time);
        jdbc.query("select rule, count(*), sum(calls) from anomaly_alert group by rule order by rule",
                rs -> { System.out.printf("ALERTS  %-18s %,6d alerts, %,9d calls%n", rs.getString(1), rs.getLong(2),
                        rs.getLong(3)); });
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        jdbc.query("select rule, subject_kind, subject, window_start, window_end, agency_id, user_id, source_ip, nik, "
                + "calls, threshold, first_seq, last_seq, status, notified from anomaly_alert order by id", rs -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= 15; c++) {
                Object value = c == 4 || c == 5 ? rs.getObject(c, java.time.OffsetDateTime.class).toInstant()
                        : rs.getObject(c);
                row.append(value).append('|');
            }
            digest.update(row.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        System.out.printf("ALERTS  digest %s%n", java.util.HexFormat.of().formatHex(digest.digest()));
    }
}
