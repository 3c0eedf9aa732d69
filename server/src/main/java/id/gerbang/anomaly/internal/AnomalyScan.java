package id.gerbang.anomaly.internal;

import id.gerbang.anomaly.AnomalyRule;
import id.gerbang.anomaly.SubjectKind;
import id.gerbang.audit.AccessLogFeed;
import id.gerbang.audit.AccessLogStatistics;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.NikMask;
import id.gerbang.audit.Viewer;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Jdbc;
import id.gerbang.common.JobLock;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anomaly scan: every {@code gerbang.anomaly.interval}, on one server at a time
 * ({@link JobLock#claimLease}), reads the access-log entries after the watermark
 * {@code anomaly_watermark.scanned_through_seq} a page at a time ({@link AccessLogFeed}, by the
 * sequence number: never a scan of the log), adds them to the counts of each rule's windows, raises
 * the alerts whose count reaches the rule's threshold, and moves the watermark, all in one
 * transaction per page (the watermark row is locked, so two servers never judge the same entries).
 * An alert is unique per rule, subject and window: a rerun over the same window updates its count
 * and never adds a second one. The notifications of new alerts are sent after the commit, each once
 * ({@link AlertNotices}).
 */
@Component
public class AnomalyScan implements SchedulingConfigurer {

    static final String JOB = "anomaly-scan";
    private static final Logger log = LoggerFactory.getLogger(AnomalyScan.class);
    private static final Viewer READER = Viewer.auditor("anomaly-scan");

    /** A window of one rule for one subject. */
    record Key(AnomalyRule rule, String subject, Instant windowStart) {
    }

    /** What a page added to one window. */
    static final class Hit {
        final SubjectKind kind;
        final Instant windowEnd;
        final @Nullable Long agencyId;
        final @Nullable String userId;
        final @Nullable String sourceIp;
        final @Nullable Long nik;
        final long firstSeq;
        long lastSeq;
        long calls;
        final @Nullable Set<String> members;

        Hit(SubjectKind kind, Instant windowEnd, @Nullable Long agencyId, @Nullable String userId,
            @Nullable String sourceIp, @Nullable Long nik, long seq, boolean distinct) {
            this.kind = kind;
            this.windowEnd = windowEnd;
            this.agencyId = agencyId;
            this.userId = userId;
            this.sourceIp = sourceIp;
            this.nik = nik;
            this.firstSeq = seq;
            this.lastSeq = seq;
            this.members = distinct ? new LinkedHashSet<>() : null;
        }
    }

    /** One rule's window starting at one instant: the subjects of a page in it are written together. */
    record Window(AnomalyRule rule, Instant start) {
        Key key(String subject) {
            return new Key(rule, subject, start);
        }
    }

    /** A window whose count reached its rule's threshold in this page. */
    record Due(Key key, Hit hit, long total, long threshold) {
    }

    /** What one run did, and how long it paused between pages. */
    public record Result(long entries, int alertsRaised, int alertsUpdated, long watermark, Duration paused) {
    }

    private final AccessLogFeed feed;
    private final AccessLogStatistics statistics;
    private final PopulationRegister register;
    private final JdbcClient jdbc;
    /** For the statements sent as one JDBC batch (the updates of a page's existing windows and alerts). */
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final JobLock lock;
    private final AlertNotices notices;
    private final AnomalyProperties properties;
    private final Clock clock;
    /** The median daily volume of a user before a day, per agency, user and day (stable for the day). */
    private final Map<String, Long> medians = new HashMap<>();
    /** The thread of the latest scheduled run ({@link #handOff}); at most one is alive at a time. */
    private volatile @Nullable Thread current;
    /** When the last run ended ({@link System#nanoTime}); the application's start before the first. */
    private volatile long lastEnded = System.nanoTime();
    /** How often the schedule looks whether a run is due (at most; the interval when shorter). */
    private static final Duration TICK = Duration.ofSeconds(5);
    /** Counted down when the application stops: a pausing run ends at once. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    AnomalyScan(AccessLogFeed feed, AccessLogStatistics statistics, PopulationRegister register, JdbcClient jdbc,
                JdbcTemplate batch, PlatformTransactionManager transactions, JobLock lock, AlertNotices notices,
                AnomalyProperties properties, Clock clock) {
        this.feed = feed;
        this.statistics = statistics;
        this.register = register;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.lock = lock;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled()) {
            Duration tick = properties.interval().compareTo(TICK) < 0 ? properties.interval() : TICK;
            registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(this::tick, tick, tick));
        }
    }

    /** Starts a run once {@code interval} has passed since the previous one ended (or since start). */
    private void tick() {
        if (System.nanoTime() - lastEnded >= properties.interval().toNanos()) {
            handOff();
        }
    }

    /**
     * Starts a run on its own virtual thread, unless the previous one is still going. Fixed-delay
     * tasks share the scheduler's one thread (the usage summary's fold every 5 s, the checkpoints):
     * a run that paces itself for most of a minute must not hold it. The interval still counts from
     * the end of a run, as the fixed delay did ({@link #tick}).
     */
    synchronized void handOff() {
        Thread previous = current;
        if (stopped.getCount() == 0 || (previous != null && previous.isAlive())) {
            return;
        }
        current = Thread.ofVirtual().name("anomaly-scan").start(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                // a database error may quote a row: NIKs in it are masked
                log.warn("The anomaly scan failed; retried at the next interval: {}", NikMask.maskAll(e.toString()));
            } finally {
                lastEnded = System.nanoTime();
            }
        });
    }

    /** Ends a run at its next pause (a page in progress commits first) and waits for it. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopped.countDown();
        Thread t = current;
        if (t != null) {
            t.join(STOP_WAIT);
        }
    }

    /** Runs the scan unless another server holds it; null when it did not run. */
    public @Nullable Result runOnce() {
        if (!lock.claimLease(JOB, properties.jobLease())) {
            return null;
        }
        try {
            return scan();
        } finally {
            lock.release(JOB);
        }
    }

    /**
     * Reads and judges the new entries (at most {@code max-pages} pages), then sends the new alerts'
     * notices. After each full page it pauses ({@link #pauseNanos}), so that a run catching up with a
     * busy log spreads its work instead of taking a core for seconds beside the lookups; it also ends
     * after half its lease (the next run continues) and at shutdown.
     */
    Result scan() {
        long entries = 0;
        int raised = 0;
        int updated = 0;
        long watermark = 0;
        long started = System.nanoTime();
        long deadline = properties.jobLease().toNanos() / 2;
        long paused = 0;
        for (int page = 0; page < properties.maxPages(); page++) {
            long pageStarted = System.nanoTime();
            int[] counts = new int[3];
            long[] mark = new long[1];
            transaction.executeWithoutResult(tx -> {
                long from = jdbc.sql("select scanned_through_seq from anomaly_watermark where log_name = 'access' for update")
                        .query(Long.class).single();
                List<AccessLogFeed.Entry> read = feed.after(from, properties.pageSize());
                mark[0] = from;
                if (read.isEmpty()) {
                    return;
                }
                int[] alerts = judge(read);
                mark[0] = read.getLast().seq();
                jdbc.sql("update anomaly_watermark set scanned_through_seq = ? where log_name = 'access'")
                        .param(mark[0]).update();
                counts[0] = read.size();
                counts[1] = alerts[0];
                counts[2] = alerts[1];
            });
            entries += counts[0];
            raised += counts[1];
            updated += counts[2];
            watermark = mark[0];
            if (counts[0] < properties.pageSize() || page == properties.maxPages() - 1
                    || System.nanoTime() - started > deadline) {
                break;
            }
            long pauseStarted = System.nanoTime();
            boolean stopping = pause(pauseNanos(pauseStarted - pageStarted, properties.workShare()));
            paused += System.nanoTime() - pauseStarted;
            if (stopping) {
                break;
            }
        }
        prune();
        notices.sendPending();
        if (raised > 0) {
            log.info("Anomaly scan: {} entries read, {} alert(s) raised, {} updated", entries, raised, updated);
        }
        return new Result(entries, raised, updated, watermark, Duration.ofNanos(paused));
    }

    /**
     * Adds a page of entries to the windows and raises or updates the alerts; returns {raised, updated}.
     * The page is first summed up in memory per rule, subject and window ({@link Hit}); the windows'
     * rows are then written and read a rule and window start at a time, all subjects of the page in
     * one statement or one JDBC batch (ADR 0157): the same counts and alerts as one statement per
     * subject, in about ten statements per page instead of a few per subject.
     */
    int[] judge(List<AccessLogFeed.Entry> entries) {
        Map<Key, Hit> hits = new LinkedHashMap<>();
        Map<Long, Long> families = familiesOf(entries);
        for (AccessLogFeed.Entry e : entries) {
            nightBurst(e, hits);
            nikManyAgencies(e, hits);
            familySequence(e, families, hits);
            safetyFlagged(e, hits);
            refusedStorm(e, hits);
            volume(e, hits);
        }
        Map<Window, Map<String, Hit>> windows = new LinkedHashMap<>();
        for (Map.Entry<Key, Hit> h : hits.entrySet()) {
            windows.computeIfAbsent(new Window(h.getKey().rule(), h.getKey().windowStart()), w -> new LinkedHashMap<>())
                    .put(h.getKey().subject(), h.getValue());
        }
        Map<Key, Long> totals = new HashMap<>();
        for (Map.Entry<Window, Map<String, Hit>> w : windows.entrySet()) {
            Map<String, Long> counted = w.getValue().values().iterator().next().members != null
                    ? addMembers(w.getKey(), w.getValue()) : addCalls(w.getKey(), w.getValue());
            counted.forEach((subject, total) -> totals.put(w.getKey().key(subject), total));
        }
        List<Due> due = new ArrayList<>();
        for (Map.Entry<Key, Hit> h : hits.entrySet()) {
            Key key = h.getKey();
            long total = totals.get(key);
            long threshold = threshold(key, h.getValue(), total);
            if (threshold > 0 && total >= threshold) {
                due.add(new Due(key, h.getValue(), total, threshold));
            }
        }
        Set<Key> alerted = due.isEmpty() ? Set.of() : updateAlerts(due);
        int raised = 0;
        for (Due d : due) { // in the page's order, as the alerts' ids and notices always were
            if (!alerted.contains(d.key())) {
                insertAlert(d.key(), d.hit(), d.total(), d.threshold());
                raised++;
            }
        }
        return new int[] {raised, alerted.size()};
    }

    // ---- the rules ---------------------------------------------------------------------------

    private void nightBurst(AccessLogFeed.Entry e, Map<Key, Hit> hits) {
        AnomalyProperties.NightBurst rule = properties.nightBurst();
        if (!rule.enabled() || e.agencyId() == null || !rule.atNight(JakartaTime.inJakarta(e.time()).getHour())) {
            return;
        }
        Instant start = windowStart(e.time(), rule.window());
        count(hits, new Key(AnomalyRule.NIGHT_BURST, "a:" + e.agencyId(), start), SubjectKind.AGENCY,
                start.plus(rule.window()), e, e.agencyId(), null, null, null);
        if (e.userId() != null) {
            count(hits, new Key(AnomalyRule.NIGHT_BURST, userSubject(e.agencyId(), e.userId()), start), SubjectKind.USER,
                    start.plus(rule.window()), e, e.agencyId(), e.userId(), null, null);
        }
    }

    private void nikManyAgencies(AccessLogFeed.Entry e, Map<Key, Hit> hits) {
        if (!properties.nikManyAgencies().enabled() || e.nik() == null || e.agencyId() == null
                || e.operation() == AccessOperation.FEEDBACK) {
            return;
        }
        Instant start = JakartaTime.startOf(e.day());
        member(hits, new Key(AnomalyRule.NIK_MANY_AGENCIES, nikSubject(e.nik()), start), SubjectKind.NIK,
                JakartaTime.startOf(e.day().plusDays(1)), e, null, null, null, e.nik(), e.agencyId().toString());
    }

    private void familySequence(AccessLogFeed.Entry e, Map<Long, Long> families, Map<Key, Hit> hits) {
        AnomalyProperties.FamilySequence rule = properties.familySequence();
        Long kk = e.nik() == null ? null : families.get(e.nik());
        if (!rule.enabled() || kk == null || !eligibleForFamily(e)) {
            return;
        }
        Instant start = windowStart(e.time(), rule.window());
        member(hits, new Key(AnomalyRule.FAMILY_SEQUENCE, userSubject(e.agencyId(), e.userId()) + ":k:" + hash("kk:" + kk),
                start), SubjectKind.USER, start.plus(rule.window()), e, e.agencyId(), e.userId(), null, null,
                hash("nik:" + e.nik())); // members are hashes too: no NIK in any row a message could quote
    }

    private static boolean eligibleForFamily(AccessLogFeed.Entry e) {
        return e.agencyId() != null && e.userId() != null && e.nik() != null && e.outcome().dataReturned()
                && (e.operation() == AccessOperation.LOOKUP || e.operation() == AccessOperation.VERIFICATION);
    }

    /** The family card of each NIK of the page that the family rule looks at: one register query per page. */
    private Map<Long, Long> familiesOf(List<AccessLogFeed.Entry> entries) {
        if (!properties.familySequence().enabled()) {
            return Map.of();
        }
        Set<Nik> niks = new HashSet<>();
        for (AccessLogFeed.Entry e : entries) {
            if (eligibleForFamily(e)) {
                try {
                    niks.add(Nik.of(e.nik()));
                } catch (RuntimeException notANik) {
                    // a number that is not a valid NIK has no family card
                }
            }
        }
        if (niks.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> families = new HashMap<>();
        register.familyCards(niks).forEach((nik, card) -> families.put(nik.asLong(), card.asLong()));
        return families;
    }

    private void safetyFlagged(AccessLogFeed.Entry e, Map<Key, Hit> hits) {
        if (!properties.safetyFlagged().enabled() || !e.flagged() || e.nik() == null) {
            return;
        }
        // no agency or user in the alert: only registry administrators see who asked for a flagged NIK
        Instant start = JakartaTime.startOf(e.day());
        count(hits, new Key(AnomalyRule.SAFETY_FLAGGED, nikSubject(e.nik()), start), SubjectKind.NIK,
                JakartaTime.startOf(e.day().plusDays(1)), e, null, null, null, e.nik());
    }

    private void refusedStorm(AccessLogFeed.Entry e, Map<Key, Hit> hits) {
        AnomalyProperties.RefusedStorm rule = properties.refusedStorm();
        if (!rule.enabled() || !rule.outcomes().contains(e.outcome())) {
            return;
        }
        Instant start = windowStart(e.time(), rule.window());
        if (e.sourceIp() != null) {
            count(hits, new Key(AnomalyRule.REFUSED_STORM, "ip:" + e.sourceIp(), start), SubjectKind.ADDRESS,
                    start.plus(rule.window()), e, null, null, e.sourceIp(), null);
        }
        if (e.userId() != null) {
            count(hits, new Key(AnomalyRule.REFUSED_STORM, userSubject(e.agencyId(), e.userId()), start),
                    SubjectKind.USER, start.plus(rule.window()), e, e.agencyId(), e.userId(), null, null);
        }
    }

    private void volume(AccessLogFeed.Entry e, Map<Key, Hit> hits) {
        if (!properties.volumeSpike().enabled() || e.agencyId() == null || e.userId() == null) {
            return;
        }
        Instant start = JakartaTime.startOf(e.day());
        count(hits, new Key(AnomalyRule.VOLUME_SPIKE, userSubject(e.agencyId(), e.userId()), start), SubjectKind.USER,
                JakartaTime.startOf(e.day().plusDays(1)), e, e.agencyId(), e.userId(), null, null);
    }

    /** The count at which the window's alert is raised; 0: not (yet) an anomaly. */
    private long threshold(Key key, Hit hit, long total) {
        return switch (key.rule()) {
            case NIGHT_BURST -> properties.nightBurst().calls();
            case NIK_MANY_AGENCIES -> properties.nikManyAgencies().agencies();
            case FAMILY_SEQUENCE -> properties.familySequence().members();
            case SAFETY_FLAGGED -> properties.safetyFlagged().calls();
            case REFUSED_STORM -> properties.refusedStorm().calls();
            case VOLUME_SPIKE -> volumeThreshold(key, hit, total);
        };
    }

    /** Above {@code factor} x the user's median of the previous days and at least the floor. */
    private long volumeThreshold(Key key, Hit hit, long total) {
        AnomalyProperties.VolumeSpike rule = properties.volumeSpike();
        if (total < rule.floor() || hit.agencyId == null || hit.userId == null) {
            return 0;
        }
        LocalDate day = JakartaTime.dateOf(key.windowStart());
        String cacheKey = key.subject() + "@" + day;
        Long median = medians.get(cacheKey);
        if (median == null) {
            median = median(hit.agencyId, hit.userId, day, rule.days());
            if (medians.size() > 10_000) {
                medians.clear();
            }
            medians.put(cacheKey, median);
        }
        return Math.max(rule.floor(), (long) Math.floor(rule.factor() * median) + 1);
    }

    /** The median of the user's calls per Jakarta day over the {@code days} days before {@code day}, from the usage summary. */
    private long median(long agencyId, String userId, LocalDate day, int days) {
        AccessLogStatistics.Figures figures = statistics.figures(day.minusDays(days), day.minusDays(1), agencyId, userId,
                READER);
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (AccessLogStatistics.UserDayCount c : figures.users()) {
            if (userId.equals(c.userId())) {
                perDay.merge(c.day(), c.calls(), Long::sum);
            }
        }
        long[] values = new long[days];
        for (int i = 0; i < days; i++) {
            values[i] = perDay.getOrDefault(day.minusDays(i + 1L), 0L);
        }
        java.util.Arrays.sort(values);
        return days % 2 == 1 ? values[days / 2] : (values[days / 2 - 1] + values[days / 2]) / 2;
    }

    // ---- counting ----------------------------------------------------------------------------

    private static void count(Map<Key, Hit> hits, Key key, SubjectKind kind, Instant windowEnd, AccessLogFeed.Entry e,
                              @Nullable Long agencyId, @Nullable String userId, @Nullable String sourceIp,
                              @Nullable Long nik) {
        Hit hit = hits.computeIfAbsent(key, k -> new Hit(kind, windowEnd, agencyId, userId, sourceIp, nik, e.seq(), false));
        hit.calls++;
        hit.lastSeq = e.seq();
    }

    private static void member(Map<Key, Hit> hits, Key key, SubjectKind kind, Instant windowEnd, AccessLogFeed.Entry e,
                               @Nullable Long agencyId, @Nullable String userId, @Nullable String sourceIp,
                               @Nullable Long nik, String member) {
        Hit hit = hits.computeIfAbsent(key, k -> new Hit(kind, windowEnd, agencyId, userId, sourceIp, nik, e.seq(), true));
        hit.calls++;
        hit.lastSeq = e.seq();
        hit.members.add(member);
    }

    /** Adds the page's calls to the window's tallies; returns the new totals per subject. */
    private Map<String, Long> addCalls(Window window, Map<String, Hit> subjects) {
        String rule = window.rule().name();
        OffsetDateTime start = Jdbc.ts(window.start());
        Map<String, Long> before = perSubject("select t.calls from anomaly_tally t", window, subjects.keySet());
        List<String> existing = new ArrayList<>();
        List<String> created = new ArrayList<>();
        subjects.keySet().forEach(subject -> (before.containsKey(subject) ? existing : created).add(subject));
        if (!existing.isEmpty()) {
            int[] updated = batch.batchUpdate(
                    "update anomaly_tally set calls = calls + ? where rule = ? and subject = ? and window_start = ?",
                    existing.stream().map(subject -> new Object[] {subjects.get(subject).calls, rule, subject, start}).toList());
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) { // pruned since it was read (another node's prune of an old window): write it anew
                    created.add(existing.get(i));
                }
            }
        }
        if (!created.isEmpty()) {
            jdbc.sql("insert into anomaly_tally (rule, subject, window_start, calls) select ?, u.subject, ?, u.calls "
                            + "from unnest(cast(? as varchar(200) array), cast(? as bigint array)) as u (subject, calls)")
                    .params(rule, start, created.toArray(String[]::new),
                            created.stream().map(subject -> subjects.get(subject).calls).toArray(Long[]::new))
                    .update();
        }
        Map<String, Long> totals = new HashMap<>();
        subjects.forEach((subject, hit) -> totals.put(subject, before.getOrDefault(subject, 0L) + hit.calls));
        return totals;
    }

    /** Adds the page's members to the window's distinct members; returns the new counts per subject. */
    private Map<String, Long> addMembers(Window window, Map<String, Hit> subjects) {
        List<String> names = new ArrayList<>();
        List<String> members = new ArrayList<>();
        subjects.forEach((subject, hit) -> {
            for (String m : hit.members) {
                names.add(subject);
                members.add(m);
            }
        });
        jdbc.sql("insert into anomaly_member (rule, subject, window_start, member) select ?, u.subject, ?, u.member "
                        + "from unnest(cast(? as varchar(200) array), cast(? as varchar(64) array)) as u (subject, member) "
                        + "on conflict do nothing")
                .params(window.rule().name(), Jdbc.ts(window.start()), names.toArray(String[]::new),
                        members.toArray(String[]::new))
                .update();
        return perSubject("select count(*) from anomaly_member t", window, subjects.keySet());
    }

    /**
     * One figure per subject of the window, {@code select} over the window's table aliased {@code t}
     * (its rule, subject and window start matched here): a primary-key probe per element of the
     * subjects array, which plans well with or without statistics (ADR 0157). Subjects without a
     * figure (no row) are left out.
     */
    private Map<String, Long> perSubject(String select, Window window, Collection<String> subjects) {
        Map<String, Long> figures = new HashMap<>();
        jdbc.sql("select u.subject, (" + select + " where t.rule = ? and t.subject = u.subject and t.window_start = ?) "
                        + "from unnest(cast(? as varchar(200) array)) as u (subject)")
                .params(window.rule().name(), Jdbc.ts(window.start()), subjects.toArray(String[]::new))
                .query(rs -> {
                    long figure = rs.getLong(2);
                    if (!rs.wasNull()) {
                        figures.put(rs.getString(1), figure);
                    }
                });
        return figures;
    }

    /** Updates the count and last entry of the alerts of {@code due} that exist; returns their keys. */
    private Set<Key> updateAlerts(List<Due> due) {
        int[] updated = batch.batchUpdate(
                "update anomaly_alert set calls = ?, last_seq = ? where rule = ? and subject = ? and window_start = ?",
                due.stream().map(d -> new Object[] {d.total(), d.hit().lastSeq, d.key().rule().name(), d.key().subject(),
                        Jdbc.ts(d.key().windowStart())}).toList());
        Set<Key> existing = new HashSet<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] > 0) { // a driver without counts would make the insert fail on the key, never skip it
                existing.add(due.get(i).key());
            }
        }
        return existing;
    }

    private void insertAlert(Key key, Hit hit, long total, long threshold) {
        jdbc.sql("insert into anomaly_alert (rule, subject_kind, subject, window_start, window_end, agency_id, user_id, "
                        + "source_ip, nik, calls, threshold, first_seq, last_seq, raised_at, status, notified) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', false)")
                .params(key.rule().name(), hit.kind.name(), key.subject(), Jdbc.ts(key.windowStart()),
                        Jdbc.ts(hit.windowEnd), hit.agencyId, hit.userId, hit.sourceIp, hit.nik, total, threshold,
                        hit.firstSeq, hit.lastSeq, Jdbc.ts(clock.instant()))
                .update();
    }

    /** Removes the counts of windows that started longer ago than {@code keep-windows}. */
    /**
     * The pause after a page that took {@code workNanos}, so that the scan works at most
     * {@code workShare} of the time while it catches up: 0 at share 1, three times the page at 0.25.
     */
    static long pauseNanos(long workNanos, double workShare) {
        return workShare >= 1 ? 0 : (long) (Math.max(0, workNanos) * (1 - workShare) / workShare);
    }

    /** Waits {@code nanos}; true when the application stops meanwhile (the run then ends). */
    private boolean pause(long nanos) {
        try {
            return stopped.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void prune() {
        OffsetDateTime before = Jdbc.ts(clock.instant().minus(properties.keepWindows()));
        jdbc.sql("delete from anomaly_tally where window_start < ?").param(before).update();
        jdbc.sql("delete from anomaly_member where window_start < ?").param(before).update();
    }

    // ---- keys --------------------------------------------------------------------------------

    static Instant windowStart(Instant time, Duration window) {
        long size = Math.max(1, window.toMillis());
        long millis = time.toEpochMilli();
        return Instant.ofEpochMilli(Math.floorDiv(millis, size) * size);
    }

    private static String userSubject(@Nullable Long agencyId, @Nullable String userId) {
        return "u:" + (agencyId == null ? "-" : agencyId.toString()) + ":" + userId;
    }

    /** The key of a NIK: a hash, so the NIK itself is never part of a key, a text or a log line. */
    static String nikSubject(long nik) {
        return "n:" + hash("nik:" + nik);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
