import id.gerbang.GerbangApplication;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogPage;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessLogStatistics;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.Viewer;
import id.gerbang.audit.internal.UsageSummary;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's monitoring pages over a large access log (bench/monitoring/README.md). Starts the
 * application against spring.datasource.url (PostgreSQL), then:
 * 1. fill: writes ENTRIES synthetic entries straight into audit_access_log with one SQL statement
 *    per million (generate_series; times spread evenly over the last 95 days, 50 agencies of very
 *    different size, 20 users each, two channels, a realistic outcome mix). The rows carry a dummy
 *    hash: the chain does not verify, which the monitoring pages never ask;
 * 2. fold: the usage summary's background fold over all of them (UsageSummary.fold), entries/s;
 * 3. measure: the dashboard's, the drill-downs' and today's figures (AccessLogStatistics.figures,
 *    what the pages call), and the log search with each filter (AccessLogSearch.search, one page
 *    of 50), each 7 times after a warm-up: median and worst.
 */
public class MonitoringBenchmark {

    static final int AGENCIES = 50;

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.exit(status);   // the application's threads would keep the JVM (and its port) alive
        }
    }

    static void run(String[] args) throws Exception {
        long entries = Long.getLong("bench.entries", 10_000_000);
        boolean fill = !Boolean.getBoolean("bench.reuse");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "gerbang.demo.enabled=false", "gerbang.audit.archive-enabled=false",
                        "gerbang.audit.summary-interval=1h")
                .run(args);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        System.out.printf("database: %s%ncores: %d%n", context.getEnvironment().getProperty("spring.datasource.url"),
                Runtime.getRuntime().availableProcessors());
        if (fill) {
            fill(jdbc, entries);
        }
        System.out.printf(Locale.ROOT, "log: %,d entries, %s on disk%n",
                jdbc.queryForObject("select count(*) from audit_access_log", Long.class),
                jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('audit_access_log'))", String.class));

        UsageSummary summary = context.getBean(UsageSummary.class);
        long f0 = System.nanoTime();
        long folded = summary.fold();
        double foldSeconds = (System.nanoTime() - f0) / 1e9;
        System.out.printf(Locale.ROOT, "FOLD    %,d entries in %.1f s = %,.0f entries/s; summary rows: day %,d, user-day %,d, hour %,d%n",
                folded, foldSeconds, folded / Math.max(foldSeconds, 1e-9),
                jdbc.queryForObject("select count(*) from audit_usage_day", Long.class),
                jdbc.queryForObject("select count(*) from audit_usage_user_day", Long.class),
                jdbc.queryForObject("select count(*) from audit_usage_hour", Long.class));

        AccessLogStatistics statistics = context.getBean(AccessLogStatistics.class);
        AccessLogSearch search = context.getBean(AccessLogSearch.class);
        Viewer viewer = Viewer.auditor("bench");
        LocalDate today = JakartaTime.today(context.getBean(Clock.class));
        LocalDate from = today.minusDays(89);
        long big = 1;        // the busiest agency (the skew puts most calls on the low numbers)
        String bigUser = "bench-op-1-7";
        Long someNik = jdbc.queryForObject("select nik from audit_access_log where seq = "
                + Math.max(1, entries / 3), Long.class);

        measure("dashboard: 90 days, every agency", () -> statistics.figures(from, today, null, null, viewer).days().size());
        measure("today's counters (polled)", () -> statistics.figures(today, today, null, null, viewer).days().size());
        measure("drill-down: the busiest agency, 90 days", () -> statistics.figures(from, today, big, null, viewer).users().size());
        measure("drill-down: one user, 90 days", () -> statistics.figures(from, today, big, bigUser, viewer).users().size());

        measure("search: no filter (newest 50)", () -> page(search, q(null, null, null, null, null, null, null), viewer));
        measure("search: NIK", () -> page(search, q(null, null, null, null, null, someNik, null), viewer));
        measure("search: agency", () -> page(search, q(big, null, null, null, null, null, null), viewer));
        measure("search: agency + 7 days", () -> page(search, q(big, null, today.minusDays(6), today, null, null, null), viewer));
        measure("search: agency + user", () -> page(search, q(big, bigUser, null, null, null, null, null), viewer));
        measure("search: 1 day (date index)", () -> page(search, q(null, null, today.minusDays(30), today.minusDays(30), null, null, null), viewer));
        measure("search: agency + outcome QUOTA_EXHAUSTED", () -> page(search, q(big, null, null, null, AccessOutcome.QUOTA_EXHAUSTED, null, null), viewer));
        measure("search: channel only (not indexed)", () -> page(search, q(null, null, null, null, null, null, AccessChannel.WEB_PORTAL), viewer));
        measure("search: rare outcome only (not indexed)", () -> page(search, q(null, null, null, null, AccessOutcome.LOGIN_FAILED, null, null), viewer));
        AccessLogPage first = search.search(q(big, null, null, null, null, null, null), viewer);
        measure("search: agency, page 2 (keyset)", () -> page(search, q(big, null, null, null, null, null, null)
                .before(first.nextBefore(), 50), viewer));
        context.close();
    }

    static AccessLogQuery q(Long agency, String user, LocalDate from, LocalDate to, AccessOutcome outcome, Long nik,
                            AccessChannel channel) {
        return new AccessLogQuery(agency, user, from, to, outcome, nik, channel, null, 50);
    }

    static int page(AccessLogSearch search, AccessLogQuery query, Viewer viewer) {
        return search.search(query, viewer).entries().size();
    }

    static void measure(String name, Supplier<Integer> work) {
        work.get();
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            size = work.get();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-45s median %8.1f ms   worst %8.1f ms   (%d rows)%n", name, millis.get(3),
                millis.getLast(), size);
    }

    static void fill(JdbcTemplate jdbc, long entries) {
        long t0 = System.nanoTime();
        jdbc.execute("truncate audit_access_log");
        jdbc.execute("truncate audit_usage_day");
        jdbc.execute("truncate audit_usage_user_day");
        jdbc.execute("truncate audit_usage_hour");
        jdbc.execute("update audit_usage_folded set folded_through_seq = 0");
        jdbc.execute("drop index if exists audit_access_log_nik");
        jdbc.execute("drop index if exists audit_access_log_agency_usage");
        jdbc.execute("drop index if exists audit_access_log_date");
        long chunk = 1_000_000;
        for (long start = 1; start <= entries; start += chunk) {
            long end = Math.min(entries, start + chunk - 1);
            // time grows with seq over 95 days up to now; agency skewed (1 + floor(50 * r^3)); 20 users per agency
            jdbc.execute("insert into audit_access_log (seq, logged_at, log_date, request_id, agency_id, agreement_id, "
                    + "user_id, channel, operation, source_ip, nik, purpose, outcome, elements, latency_micros, hash) "
                    + "select g, t, (t at time zone 'Asia/Jakarta')::date, 'bench-' || g, a, a * 10, "
                    + "'bench-op-' || a || '-' || (g % 20), case when g % 3 = 0 then 'WEB_PORTAL' else 'WEB_SERVICE_COMPATIBLE' end, "
                    + "'LOOKUP', '10.0.0.1', 3200000000000000 + (g * 7919) % 9000000000000, 'kasus ' || (g % 1000), "
                    + "case when r < 0.80 then 'FOUND' when r < 0.90 then 'NOT_FOUND' when r < 0.93 then 'QUOTA_EXHAUSTED' "
                    + "when r < 0.95 then 'IP_NOT_REGISTERED' when r < 0.97 then 'NIK_FORMAT_INVALID' when r < 0.99 then 'DECEASED' "
                    + "else 'LOGIN_FAILED' end, 'NIK,NAMA_LGKP', 900, '\\x00'::bytea "
                    + "from (select g, now() - interval '95 days' + (interval '95 days' * g / " + entries + ") as t, "
                    + "1 + floor(" + AGENCIES + " * power(random(), 3))::bigint as a, random() as r "
                    + "from generate_series(cast(" + start + " as bigint), cast(" + end + " as bigint)) g) s");
            System.out.printf(Locale.ROOT, "  filled %,d / %,d (%.0f s)%n", end, entries, (System.nanoTime() - t0) / 1e9);
        }
        jdbc.execute("create index audit_access_log_nik on audit_access_log (nik)");
        jdbc.execute("create index audit_access_log_agency_usage on audit_access_log (agency_id, log_date, user_id, outcome)");
        jdbc.execute("create index audit_access_log_date on audit_access_log (log_date)");
        jdbc.execute("update audit_chain_head set last_seq = " + entries + ", last_hash = '\\x00'::bytea where log_name = 'access'");
        jdbc.execute("vacuum analyze audit_access_log");
        System.out.printf(Locale.ROOT, "FILL    %,d entries (with the log's indexes) in %.1f s%n", entries,
                (System.nanoTime() - t0) / 1e9);
    }
}
