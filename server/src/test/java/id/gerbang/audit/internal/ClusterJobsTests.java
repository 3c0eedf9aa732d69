package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.common.JobLock;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20: the audit module's scheduled checkpoints are written by one node of a cluster. A second
 * call stands for a second node: the claim in {@code job_lock} does not depend on who asks.
 */
@IntegrationTest
class ClusterJobsTests {

    @Autowired CheckpointService checkpoints;
    @Autowired JdbcClient jdbc;
    @Autowired JobLock lock;

    void free(String job) {
        lock.claimLease(job, java.time.Duration.ZERO); // makes the row when it is missing
        jdbc.sql("update job_lock set locked_until = ?, last_run_on = null where name = ?")
                .params(Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")), job).update();
    }

    long count(String reason) {
        return jdbc.sql("select count(*) from audit_checkpoint where reason = ?").param(reason).query(Long.class).single();
    }

    @Test
    void theDayEndCheckpointIsWrittenOncePerDay() {
        free(CheckpointService.DAY_END_JOB);
        long before = count("DAY_END");
        checkpoints.dayEnd();
        checkpoints.dayEnd(); // the other node's run at the same midnight
        assertThat(count("DAY_END") - before).as("one per log").isEqualTo(CheckpointService.LOGS.size());
    }

    @Test
    void theIntervalCheckpointIsClaimedByOneNodePerInterval() {
        free(CheckpointService.INTERVAL_JOB);
        assertThat(checkpoints.intervalOncePerCluster()).isTrue();
        assertThat(checkpoints.intervalOncePerCluster()).as("held for most of the interval").isFalse();
    }
}
