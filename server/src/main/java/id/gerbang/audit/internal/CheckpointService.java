package id.gerbang.audit.internal;

import id.gerbang.audit.AuditProperties;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Writes signed checkpoints of both logs: every {@code checkpoint-interval} (when the chain has grown),
 * at every Jakarta midnight (always), and when the server stops. For the access log the head signed
 * is the one this server itself committed, so rows rewritten in the database since cannot be
 * sealed by the next checkpoint; a disagreement is logged as an error.
 *
 * <p>With several nodes (issue 20) the interval and day-end checkpoints are written by one node per
 * interval and per day ({@link JobLock}): the chain is one for the cluster, and one node's
 * checkpoint seals what every node wrote. Each node still writes its own at shutdown.
 */
@Component
public class CheckpointService implements SchedulingConfigurer, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointService.class);
    public static final List<String> LOGS = List.of("access", "admin");
    static final String INTERVAL_JOB = "audit.checkpoint-interval";
    static final String DAY_END_JOB = "audit.checkpoint-day-end";

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final AccessLogWriter writer;
    private final Clock clock;
    private final AuditProperties properties;
    private final JobLock lock;
    private volatile boolean running;

    CheckpointService(DataSource dataSource, SigningKeys keys, AccessLogWriter writer, Clock clock,
                      AuditProperties properties, JobLock lock) {
        this.lock = lock;
        this.dataSource = dataSource;
        this.keys = keys;
        this.writer = writer;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::intervalOncePerCluster, properties.checkpointInterval());
    }

    @Scheduled(cron = "0 0 0 * * *", zone = "Asia/Jakarta")
    void dayEnd() {
        LocalDate day = JakartaTime.today(clock);
        if (!lock.claimDay(DAY_END_JOB, day, Duration.ofMinutes(30))) {
            return; // another node writes today's
        }
        boolean done = false;
        try {
            checkpointAll(Checkpoint.Reason.DAY_END);
            done = true;
        } finally {
            lock.release(DAY_END_JOB, day, done);
        }
    }

    /**
     * One node per interval: the claim is held (not released) for most of the interval, so the
     * other nodes' runs in that interval find it taken; a node that dies holding it lets the next
     * interval's run elsewhere write the checkpoint.
     */
    boolean intervalOncePerCluster() {
        Duration interval = properties.checkpointInterval();
        if (!lock.claimLease(INTERVAL_JOB, interval.multipliedBy(9).dividedBy(10))) {
            return false;
        }
        checkpointAll(Checkpoint.Reason.INTERVAL);
        return true;
    }

    public void checkpointAll(Checkpoint.Reason reason) {
        for (String name : LOGS) {
            try {
                checkpoint(name, reason);
            } catch (RuntimeException e) {
                log.error("Audit: the {} checkpoint of the {} log failed: {}", reason, name, e.toString());
            }
        }
    }

    /**
     * Signs the current head of a log. An {@code INTERVAL} checkpoint is skipped when the head has not
     * moved since the last checkpoint; the others are always written.
     */
    public Optional<Checkpoint> checkpoint(String logName, Checkpoint.Reason reason) {
        try (Connection c = dataSource.getConnection()) {
            ChainHead head = ChainHeads.read(c, logName);
            if ("access".equals(logName)) {
                head = reconcile(head, writer.committedHead());
            }
            if (reason == Checkpoint.Reason.INTERVAL) {
                List<Checkpoint> last = Checkpoints.latest(c, logName, 1);
                if (!last.isEmpty() && last.getFirst().lastSeq() == head.lastSeq()) {
                    return Optional.empty();
                }
            }
            Instant now = ChainCodec.truncate(clock.instant());
            byte[] payload = Checkpoint.payload(logName, head.lastSeq(), head.lastHash(), now, reason.name(),
                    keys.keyId());
            Checkpoint unsaved = new Checkpoint(0, logName, head.lastSeq(), head.lastHash(), now, reason.name(),
                    keys.keyId(), keys.sign(payload));
            long id = Checkpoints.insert(c, unsaved);
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return Optional.of(new Checkpoint(id, logName, unsaved.lastSeq(), unsaved.headHash(), now,
                    unsaved.reason(), unsaved.keyId(), unsaved.signature()));
        } catch (SQLException e) {
            throw new IllegalStateException("checkpoint failed: " + e.getSQLState(), e);
        }
    }

    private static ChainHead reconcile(ChainHead stored, @Nullable ChainHead own) {
        if (own == null || own.lastSeq() != stored.lastSeq()) {
            return stored;
        }
        if (!ChainCodec.same(own.lastHash(), stored.lastHash())) {
            log.error("Audit: the access log's head hash in the database differs from the one this server "
                    + "committed at sequence {}; the database was altered. Signing the committed head; run verify.",
                    own.lastSeq());
            return own;
        }
        return stored;
    }

    @Override
    public void start() {
        running = true;
    }

    /** A last checkpoint when the server stops, after the writer has committed what was queued. */
    @Override
    public void stop() {
        if (running) {
            running = false;
            checkpointAll(Checkpoint.Reason.SHUTDOWN);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return -100;
    }
}
