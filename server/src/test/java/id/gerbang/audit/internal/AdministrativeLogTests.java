package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import id.gerbang.common.AdministrativeAction;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AdministrativeLogTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseVerifier verifier;

    record AgreementState(String number, String status) {
    }

    @Test
    void anActionIsRecordedInThePublishersTransactionWithItsStates() {
        String subject = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeAction("admin.dukcapil", "agreement.created", "agreement", subject,
                    null, new AgreementState("PKS-001", "ACTIVE"), "new PKS"));
        });
        var row = jdbc.sql("select * from audit_admin_log where subject_id = ?").param(subject).query().singleRow();
        assertThat(row.get("actor")).isEqualTo("admin.dukcapil");
        assertThat(row.get("action")).isEqualTo("agreement.created");
        assertThat(row.get("before_state")).isNull();
        assertThat((String) row.get("after_state")).contains("\"number\":\"PKS-001\"").contains("ACTIVE");
        long seq = ((Number) row.get("seq")).longValue();
        assertThat(verifier.verifyRange("admin", seq, seq).ok()).isTrue();
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        String subject = UUID.randomUUID().toString();
        long headBefore = head();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeAction("admin.dukcapil", "agency.deactivated", "agency", subject,
                    Map.of("active", true), Map.of("active", false), null));
            assertThat(jdbc.sql("select count(*) from audit_admin_log where subject_id = ?").param(subject)
                    .query(Long.class).single()).as("visible inside the transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_admin_log where subject_id = ?").param(subject)
                .query(Long.class).single()).isZero();
        assertThat(head()).isEqualTo(headBefore);
        events.publishEvent(new AdministrativeAction("system", "agency.deactivated", "agency", subject, null, null,
                "after a rollback the chain goes on"));
        assertThat(head()).isEqualTo(headBefore + 1);
        assertThat(verifier.verifyRange("admin", headBefore, headBefore + 1).ok()).isTrue();
    }

    @Test
    void anActionPublishedOutsideATransactionIsRecordedInItsOwn() {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(new AdministrativeAction("system", "quota.reset", "quota", subject, null, null, null));
        assertThat(jdbc.sql("select count(*) from audit_admin_log where subject_id = ?").param(subject)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void alteringAnAdministrativeEntryIsFound() {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(new AdministrativeAction("admin.dukcapil", "user.unlocked", "user", subject, null, null,
                "request 12"));
        long seq = jdbc.sql("select seq from audit_admin_log where subject_id = ?").param(subject)
                .query(Long.class).single();
        try {
            jdbc.sql("update audit_admin_log set reason = 'no reason' where seq = ?").param(seq).update();
            VerificationReport report = verifier.verifyRange("admin", seq, seq);
            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.ALTERED);
                assertThat(f.seq()).isEqualTo(seq);
            });
        } finally {
            jdbc.sql("update audit_admin_log set reason = 'request 12' where seq = ?").param(seq).update();
        }
        assertThat(verifier.verifyRange("admin", seq, seq).ok()).isTrue();
    }

    long head() {
        return jdbc.sql("select last_seq from audit_chain_head where log_name = 'admin'").query(Long.class).single();
    }
}
