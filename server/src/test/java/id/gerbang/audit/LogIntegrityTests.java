package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.common.AdministrativeAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the registry's log pages use from the audit module: verification as a background job with
 * progress and the command's report, checkpoints and the public key, the administrative log searched
 * by actor and action, and the reason for clearing a safety flag recorded in it.
 */
@IntegrationTest
class LogIntegrityTests {

    @Autowired LogIntegrity integrity;
    @Autowired AccessLog accessLog;
    @Autowired AdministrativeLog administrativeLog;
    @Autowired SafetyFlags flags;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void aVerificationJobRunsInTheBackgroundAndEndsWithTheCommandsReport() throws Exception {
        String day = "2026-04-0" + (1 + ThreadLocalRandom.current().nextInt(9));
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .time(Instant.parse(day + "T03:00:00Z")).agencyId(5L).userId("op-integrity").elements(List.of()).build());
        String id = integrity.startVerification("access", LocalDate.parse(day), LocalDate.parse(day), "auditor-x");
        LogIntegrity.Job job = integrity.job(id).orElseThrow();
        assertThat(job.startedBy()).isEqualTo("auditor-x");
        for (int i = 0; i < 600 && job.state() == LogIntegrity.JobState.RUNNING; i++) {
            Thread.sleep(100);
            job = integrity.job(id).orElseThrow();
        }
        assertThat(job.state()).isEqualTo(LogIntegrity.JobState.DONE);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.report()).isNotNull();
        assertThat(job.report().entries()).isPositive();
        assertThat(integrity.jobs()).extracting(LogIntegrity.Job::id).contains(id);
        assertThat(administrativeLog.search(null, null, "auditor-x", "audit.verify.", null, 10))
                .extracting(AdministrativeLogEntry::action).contains("audit.verify.started");
    }

    @Test
    void thePublicKeyAndTheCheckpointsAsSignedFiles() {
        assertThat(integrity.publicKeyPem()).contains("BEGIN PUBLIC KEY");
        assertThat(integrity.keyId()).hasSize(16);
        for (LogIntegrity.CheckpointInfo cp : integrity.checkpoints("access", 3)) {
            assertThat(integrity.checkpointFile(cp.id()).orElseThrow())
                    .containsEntry("format", "gerbang-checkpoint/1").containsEntry("lastSequence", cp.lastSeq())
                    .containsKey("signature");
        }
    }

    @Test
    void theAdministrativeLogIsSearchedByActorAndTheBeginningOfTheAction() {
        String actor = "actor_" + ThreadLocalRandom.current().nextInt(1_000_000);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeAction(actor, "agreement.suspended", "agreement", "1", null, null, "uji"));
            events.publishEvent(new AdministrativeAction(actor, "account.locked", "user", "u", null, null, null));
        });
        assertThat(administrativeLog.search(null, null, actor, "agreement.", null, 10))
                .extracting(AdministrativeLogEntry::action).containsExactly("agreement.suspended");
        assertThat(administrativeLog.search(null, null, actor, null, null, 10)).hasSize(2);
        // '_' and '%' in the prefix are literal, not patterns
        assertThat(administrativeLog.search(null, null, actor, "agreement_", null, 10)).isEmpty();
        assertThat(administrativeLog.search(null, null, actor, "%", null, 10)).isEmpty();
    }

    @Test
    void theReasonForClearingASafetyFlagIsInTheAdministrativeLog() {
        long nik = 3273019999000000L + ThreadLocalRandom.current().nextInt(1_000_000);
        flags.set(nik, "alasan rahasia", "admin-flag");
        assertThat(flags.clear(nik, "ancaman sudah berakhir", "admin-flag")).isTrue();
        List<AdministrativeLogEntry> entries = administrativeLog.search("nik", Long.toString(nik), null, null, null, 10);
        assertThat(entries).extracting(AdministrativeLogEntry::action)
                .containsExactly("audit.safety-flag.cleared", "audit.safety-flag.set");
        assertThat(entries.getFirst().reason()).isEqualTo("ancaman sudah berakhir");
        assertThat(entries).noneMatch(e -> String.valueOf(e.reason()).contains("rahasia")
                || String.valueOf(e.after()).contains("rahasia"));
    }
}
