package id.gerbang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.common.NodeName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 20: what the feedback module does at a node's start is right when several nodes share the database. */
@IntegrationTest
class ClusterStartTests {

    @Autowired ProgrammeCatalogue catalogue;
    @Autowired UploadRepository uploads;
    @Autowired NodeName node;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void twoNodesStartingTogetherAddTheExampleProgrammesOnce() throws Exception {
        jdbc.sql("delete from feedback_programme where code like 'CONTOH-%'").update();
        DemoProgrammes one = new DemoProgrammes(catalogue);
        DemoProgrammes two = new DemoProgrammes(catalogue);
        CyclicBarrier together = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<?> a = threads.submit(() -> {
                together.await();
                one.addOnce();
                return null;
            });
            Future<?> b = threads.submit(() -> {
                together.await();
                two.addOnce();
                return null;
            });
            a.get(60, TimeUnit.SECONDS); // neither node fails its start
            b.get(60, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("select count(*) from feedback_programme where code like 'CONTOH-%'").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aStartingNodeInterruptsItsOwnLeftoversOnlyAndOthersWhenAbandoned() {
        Instant now = clock.instant();
        String own = upload(node.value(), now.minusSeconds(60));
        String elsewhere = upload("other-node:8080", now.minusSeconds(60));
        String abandoned = upload("gone-node:8080", now.minus(UploadRepository.ABANDONED_AFTER).minus(Duration.ofMinutes(1)));
        String beforeNodes = upload(null, now.minusSeconds(60));

        uploads.interruptUnfinished(now);

        assertThat(status(own)).isEqualTo("INTERRUPTED");
        assertThat(status(elsewhere)).as("another node is still reading it").isEqualTo("RUNNING");
        assertThat(status(abandoned)).isEqualTo("INTERRUPTED");
        assertThat(status(beforeNodes)).isEqualTo("INTERRUPTED");
        jdbc.sql("update feedback_upload set status = 'FAILED' where upload_id = ?").param(elsewhere).update();
    }

    String upload(String nodeName, Instant created) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into feedback_upload (upload_id, agency_id, user_id, file_name, language, status, rows_total,"
                        + " rows_done, accepted, duplicates, refused, created_at, node)"
                        + " values (?, 1, 'uji.upload', 'uji.xlsx', 'id', 'RUNNING', 10, 1, 1, 0, 0, ?, ?)")
                .params(id, created.atOffset(ZoneOffset.UTC), nodeName).update();
        return id;
    }

    String status(String id) {
        return jdbc.sql("select status from feedback_upload where upload_id = ?").param(id).query(String.class).single();
    }
}
