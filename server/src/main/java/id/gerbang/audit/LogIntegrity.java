package id.gerbang.audit;

import id.gerbang.audit.internal.Checkpoint;
import id.gerbang.audit.internal.Checkpoints;
import id.gerbang.audit.internal.DatabaseVerifier;
import id.gerbang.audit.internal.SigningKeys;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The protection of the logs for pages: the registry's public key, the signed checkpoints (listed and
 * exported as the same signed JSON files as the API's), and verification of a chain as a background
 * job whose progress and report can be read while it runs (the same walk and findings as the
 * {@code verify} command: {@link DatabaseVerifier}).
 */
@Service
public class LogIntegrity {

    /** One signed checkpoint as listed. */
    public record CheckpointInfo(long id, String log, long lastSeq, String headHash, Instant createdAt, String reason,
                                 String keyId) {
    }

    public enum JobState { RUNNING, DONE, FAILED }

    /** A verification started from a page: how far it is and, once done, its report. */
    public record Job(String id, String log, @Nullable LocalDate from, @Nullable LocalDate to, String startedBy,
                      Instant startedAt, JobState state, int percent, long reachedSeq, long lastSeq,
                      @Nullable VerificationReport report) {
    }

    /** Jobs kept for reading, newest last; older ones are forgotten. */
    static final int KEPT_JOBS = 20;

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final DatabaseVerifier verifier;
    private final ApplicationEventPublisher events;
    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    LogIntegrity(DataSource dataSource, SigningKeys keys, DatabaseVerifier verifier, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.verifier = verifier;
        this.events = events;
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    public String keyId() {
        return keys.keyId();
    }

    /** The newest checkpoints of a log ({@code access} or {@code admin}), newest first. */
    public List<CheckpointInfo> checkpoints(String log, int limit) {
        requireLog(log);
        try (Connection c = dataSource.getConnection()) {
            return Checkpoints.latest(c, log, Math.clamp(limit, 1, 1000)).stream()
                    .map(cp -> new CheckpointInfo(cp.id(), cp.log(), cp.lastSeq(), (String) cp.toJson().get("headHash"),
                            cp.createdAt(), cp.reason(), cp.keyId()))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getSQLState(), e);
        }
    }

    /** One checkpoint as the signed JSON file the API exports (docs/audit.md), or empty. */
    public Optional<Map<String, Object>> checkpointFile(long id) {
        try (Connection c = dataSource.getConnection()) {
            return Checkpoints.byId(c, id).map(Checkpoint::toJson);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getSQLState(), e);
        }
    }

    /**
     * Starts verifying a log between two Jakarta dates (either may be absent) in the background and
     * returns the job's id; the start is recorded in the administrative log ({@code audit.verify.started}).
     */
    public String startVerification(String log, @Nullable LocalDate from, @Nullable LocalDate to, String actor) {
        requireLog(log);
        if (from != null && to != null && from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        put(new Job(id, log, from, to, actor, now, JobState.RUNNING, 0, 0, 0, null));
        events.publishEvent(new AdministrativeAction(actor, "audit.verify.started", "audit-log", log, null,
                null, null));
        runner.execute(() -> {
            try {
                VerificationReport report = verifier.verify(log, from, to, new VerificationProgress() {
                    long first;

                    @Override
                    public void started(long firstSeq, long lastSeq) {
                        first = firstSeq;
                        update(id, j -> new Job(id, log, from, to, actor, now, JobState.RUNNING, 0, firstSeq, lastSeq, null));
                    }

                    @Override
                    public void reached(long seq) {
                        update(id, j -> new Job(id, log, from, to, actor, now, JobState.RUNNING,
                                percent(first, seq, j.lastSeq()), seq, j.lastSeq(), null));
                    }
                });
                update(id, j -> new Job(id, log, from, to, actor, now, JobState.DONE, 100, report.lastSeq(),
                        Math.max(j.lastSeq(), report.lastSeq()), report));
            } catch (RuntimeException e) {
                update(id, j -> new Job(id, log, from, to, actor, now, JobState.FAILED, j.percent(), j.reachedSeq(),
                        j.lastSeq(), null));
            }
        });
        return id;
    }

    /** A job started by {@link #startVerification}, while it is kept. */
    public synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private static int percent(long first, long reached, long last) {
        if (last <= first) {
            return 99;
        }
        return (int) Math.clamp((reached - first + 1) * 100 / (last - first + 1), 0, 99);
    }

    private synchronized void put(Job job) {
        jobs.put(job.id(), job);
        Iterator<String> oldest = jobs.keySet().iterator();
        while (jobs.size() > KEPT_JOBS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private synchronized void update(String id, java.util.function.UnaryOperator<Job> change) {
        Job job = jobs.get(id);
        if (job != null) {
            jobs.put(id, change.apply(job));
        }
    }

    private static void requireLog(String log) {
        if (!List.of("access", "admin").contains(log)) {
            throw new GerbangException(AuditError.UNKNOWN_LOG);
        }
    }

    /** The jobs kept now, newest first (for a page listing recent verifications). */
    public synchronized List<Job> jobs() {
        List<Job> list = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(list);
        return list;
    }
}
