package id.gerbang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.account.Actor;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.Submitter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rotation command re-encrypts every victim value under a new key, read back from the table. */
@IntegrationTest
@Import(FeedbackArrangements.class)
class RotateKeyCommandTests {

    @Autowired
    FeedbackArrangements fixtures;

    @Autowired
    FeedbackRecords feedback;

    @Autowired
    RotateKeyCommand command;

    @Autowired
    FeedbackKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void reEncryptsEveryValueUnderTheNewKeyAndCanRetireTheOldOne() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        SubmissionResult stored = feedback.submit(new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE),
                List.of(FeedbackSubmission.victim(FeedbackArrangements.RATNA, "ROT-1",
                        FeedbackArrangements.victim(JakartaTime.today(clock))))).getFirst();
        String oldKey = keyOf(stored.recordId());
        byte[] oldValue = valueOf(stored.recordId());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of("--retire-old-keys"), new PrintStream(out, true));

        assertThat(exit).isZero();
        String newKey = keyOf(stored.recordId());
        assertThat(newKey).isNotEqualTo(oldKey).isEqualTo(keys.currentKeyId());
        assertThat(valueOf(stored.recordId())).isNotEqualTo(oldValue);
        assertThat(jdbc.sql("select count(*) from feedback_record where key_id <> ?").param(newKey).query(Long.class).single())
                .isZero();
        assertThat(Files.readString(keys.file())).doesNotContain(oldKey + " ");
        assertThat(feedback.versions(stored.recordId(), new Actor("admin.uji", Roles.REGISTRY_ADMIN, null)))
                .singleElement().satisfies(v -> assertThat(v.victim())
                        .isEqualTo(FeedbackArrangements.victim(JakartaTime.today(clock))));
        assertThat(out.toString()).contains(newKey).doesNotContain(FeedbackArrangements.RATNA);
        assertThat(command.run(List.of("--bogus"), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private String keyOf(String recordId) {
        return jdbc.sql("select key_id from feedback_record where record_key = ?").param(recordId).query(String.class).single();
    }

    private byte[] valueOf(String recordId) {
        return jdbc.sql("select victim_data from feedback_record where record_key = ?").param(recordId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }
}
