package id.gerbang.notification.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A daily job's claim in {@code notification_job_lock} (ADR 0121): one conditional update, atomic on
 * H2 and PostgreSQL alike, lets exactly one server run the job for a Jakarta day; the others find it
 * claimed (a lease still running) or done (the day recorded). A server that dies while running frees
 * the claim when its lease ends, and the next scheduled run on any server does the day's work.
 */
@Component
class JobLock {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName();

    JobLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims {@code job} for {@code day}: false when another server holds it or the day is done. */
    boolean claim(String job, LocalDate day, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("update notification_job_lock set locked_until = ?, locked_by = ? where name = ?"
                        + " and locked_until <= ? and (last_run_on is null or last_run_on < ?)")
                .params(Timestamp.from(now.plus(lease)), owner, job, Timestamp.from(now), day)
                .update() == 1;
    }

    /** Records the day done (or, when {@code done} is false, only frees the claim for a retry). */
    void release(String job, LocalDate day, boolean done) {
        Timestamp now = Timestamp.from(clock.instant());
        if (done) {
            jdbc.sql("update notification_job_lock set locked_until = ?, last_run_on = ? where name = ? and locked_by = ?")
                    .params(now, day, job, owner).update();
        } else {
            jdbc.sql("update notification_job_lock set locked_until = ? where name = ? and locked_by = ?")
                    .params(now, job, owner).update();
        }
    }
}
