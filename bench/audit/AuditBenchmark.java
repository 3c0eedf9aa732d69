import id.gerbang.GerbangApplication;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.VerificationReport;
import id.gerbang.audit.internal.AccessLogWriter;
import id.gerbang.audit.internal.ArchiveManifest;
import id.gerbang.audit.internal.ArchiveVerifier;
import id.gerbang.audit.internal.Archiver;
import id.gerbang.audit.internal.DatabaseVerifier;
import id.gerbang.audit.internal.SigningKeys;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The access log's write and verification rates (bench/audit/README.md). Starts the application
 * against the database given by spring.datasource.url, then:
 * 1. write: THREADS callers record ENTRIES entries through AccessLog.record (each waits for its
 *    commit, as a web request does), reporting entries/s and the mean group-commit batch;
 * 2. verify: walks the chain just written in the database (DatabaseVerifier), entries/s;
 * 3. archive (optional, --archive): moves the written entries to signed files and verifies them
 *    offline (ArchiveVerifier), entries/s.
 */
public class AuditBenchmark {

    public static void main(String[] args) throws Exception {
        long entries = Long.getLong("bench.entries", 200_000);
        int threads = Integer.getInteger("bench.threads", 256);
        boolean archive = Boolean.getBoolean("bench.archive");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "gerbang.demo.enabled=false", "gerbang.audit.archive-enabled=false")
                .run(args);
        AccessLog log = context.getBean(AccessLog.class);
        AccessLogWriter writer = context.getBean(AccessLogWriter.class);
        String database = context.getEnvironment().getProperty("spring.datasource.url", "?");
        System.out.printf("database: %s%nentries: %,d  callers: %d  cores: %d%n", database, entries, threads,
                Runtime.getRuntime().availableProcessors());

        // warm-up: 20,000 entries, not measured
        write(log, 20_000, threads);
        AccessLogWriter.Stats before = writer.stats();
        long t0 = System.nanoTime();
        long[] range = write(log, entries, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        AccessLogWriter.Stats after = writer.stats();
        long batches = after.batches() - before.batches();
        System.out.printf(Locale.ROOT, "WRITE   %,d entries in %.2f s = %,.0f entries/s (mean batch %.0f entries, %d batches; "
                        + "writer busy inserting %.1f s, committing %.1f s)%n",
                entries, seconds, entries / seconds, (double) (after.entries() - before.entries()) / batches, batches,
                (after.insertMicros() - before.insertMicros()) / 1e6, (after.commitMicros() - before.commitMicros()) / 1e6);

        DatabaseVerifier verifier = context.getBean(DatabaseVerifier.class);
        VerificationReport report = verifier.verifyRange("access", range[0], range[1]);
        System.out.printf(Locale.ROOT, "VERIFY  %,d entries in %.2f s = %,d entries/s, findings %d%n",
                report.entries(), report.elapsedMillis() / 1000.0, report.entriesPerSecond(), report.totalFindings());

        if (archive) {
            Archiver archiver = context.getBean(Archiver.class);
            long a0 = System.nanoTime();
            List<ArchiveManifest> files = archiver.archiveBefore("access", LocalDate.now().plusDays(2));
            double archiveSeconds = (System.nanoTime() - a0) / 1e9;
            long archived = files.stream().mapToLong(ArchiveManifest::entryCount).sum();
            System.out.printf(Locale.ROOT, "ARCHIVE %,d entries into %d file(s) in %.2f s = %,.0f entries/s%n",
                    archived, files.size(), archiveSeconds, archived / archiveSeconds);
            Path dir = Path.of(context.getEnvironment().getProperty("gerbang.audit.archive-directory", "./data/archive"));
            List<VerificationReport> offline = ArchiveVerifier.verify(dir.resolve("access"),
                    context.getBean(SigningKeys.class).trustedKeys());
            for (VerificationReport r : offline) {
                System.out.printf(Locale.ROOT, "OFFLINE %,d entries in %.2f s = %,d entries/s, findings %d%n",
                        r.entries(), r.elapsedMillis() / 1000.0, r.entriesPerSecond(), r.totalFindings());
            }
        }
        context.close();
        System.exit(0);
    }

    /** Records n entries from the given number of virtual-thread callers; returns the first and last sequence. */
    static long[] write(AccessLog log, long n, int threads) throws InterruptedException {
        AtomicLong left = new AtomicLong(n);
        AtomicLong min = new AtomicLong(Long.MAX_VALUE);
        AtomicLong max = new AtomicLong(Long.MIN_VALUE);
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            callers.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (left.getAndDecrement() > 0) {
                    long seq = log.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE,
                                    AccessOperation.LOOKUP, random.nextInt(10) == 0 ? AccessOutcome.NOT_FOUND : AccessOutcome.FOUND)
                            .agencyId(1L + random.nextInt(40)).agreementId(100L + random.nextInt(40))
                            .userId("bench_user_" + random.nextInt(200)).sourceIp("127.0.0." + random.nextInt(1, 255))
                            .nik(3200000000000000L + random.nextLong(900_000_000_000_000L))
                            .purpose("bench").elements(List.of("NIK", "NAMA_LGKP", "TGL_LHR", "ALAMAT"))
                            .latencyMicros(400L + random.nextInt(400)).build());
                    min.accumulateAndGet(seq, Math::min);
                    max.accumulateAndGet(seq, Math::max);
                }
            }));
        }
        for (Thread t : callers) {
            t.join();
        }
        return new long[] {min.get(), max.get()};
    }
}
