package id.gerbang.common;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a scheduled job runs once per cluster rather than once per server (ADR 0121): a row
 * per job in {@code job_lock}, claimed by one conditional update that is atomic on H2 and
 * PostgreSQL alike. A server that dies while it holds a claim blocks the job only until the lease
 * ends; the next scheduled run on any server then does the work.
 *
 * <ul>
 * <li>A daily job ({@link #claimDay}, {@link #release}): exactly one run per Jakarta day across
 * servers; a failed run frees the claim and is retried at the next scheduled time.</li>
 * <li>A periodic job ({@link #claimLease}, {@link #release(String)}): at most one server runs it at
 * a time. Two servers whose schedules fire together may run it one after the other, so the work
 * must be idempotent (a watermark, unique keys); the lock only saves the duplicated effort.</li>
 * </ul>
 * A job's row is created on its first claim; no migration is needed for a new job.
 */
@Component
public class JobLock {

    private static final Timestamp LONG_AGO = Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName();

    public JobLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims {@code job} for {@code day}: false when another server holds it or the day is done. */
    public boolean claimDay(String job, LocalDate day, Duration lease) {
        ensureRow(job);
        Instant now = clock.instant();
        return jdbc.sql("update job_lock set locked_until = ?, locked_by = ? where name = ?"
                        + " and locked_until <= ? and (last_run_on is null or last_run_on < ?)")
                .params(Timestamp.from(now.plus(lease)), owner, job, Timestamp.from(now), day)
                .update() == 1;
    }

    /** Records the day done (or, when {@code done} is false, only frees the claim for a retry). */
    public void release(String job, LocalDate day, boolean done) {
        Timestamp now = Timestamp.from(clock.instant());
        if (done) {
            jdbc.sql("update job_lock set locked_until = ?, last_run_on = ? where name = ? and locked_by = ?")
                    .params(now, day, job, owner).update();
        } else {
            release(job);
        }
    }

    /** Claims a periodic {@code job} for at most {@code lease}: false while another server holds it. */
    public boolean claimLease(String job, Duration lease) {
        ensureRow(job);
        Instant now = clock.instant();
        return jdbc.sql("update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?")
                .params(Timestamp.from(now.plus(lease)), owner, job, Timestamp.from(now))
                .update() == 1;
    }

    /** Frees this server's claim of {@code job} at once. */
    public void release(String job) {
        jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
                .params(Timestamp.from(clock.instant()), job, owner).update();
    }

    private void ensureRow(String job) {
        if (jdbc.sql("select count(*) from job_lock where name = ?").param(job).query(Long.class).single() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (?, ?, '-')")
                    .params(job, LONG_AGO).update();
        } catch (DuplicateKeyException another) {
            // another server created it at the same moment: the row is there either way
        }
    }
}
