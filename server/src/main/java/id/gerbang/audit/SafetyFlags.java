package id.gerbang.audit;

import id.gerbang.common.AdministrativeAction;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safety flags on NIKs: for a flagged NIK, only registry administrators see who asked for it
 * (agency, agreement, user, addresses, purpose). Setting and clearing are administrative actions,
 * recorded in the administrative log in the same transaction; the reason stays in the flag (shown to
 * registry administrators only), not in the log that auditors read.
 */
@Service
public class SafetyFlags {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafetyFlags(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** Flags a NIK (or updates the reason of its flag). */
    public void set(long nik, @Nullable String reason, String actor) {
        String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleaned != null && cleaned.length() > 500) {
            cleaned = cleaned.substring(0, 500);
        }
        String storedReason = cleaned;
        transaction.executeWithoutResult(tx -> {
            boolean existed = isFlagged(nik);
            jdbc.sql("delete from audit_safety_flag where nik = ?").param(nik).update();
            jdbc.sql("insert into audit_safety_flag (nik, reason, set_by, set_at) values (?, ?, ?, ?)")
                    .params(nik, storedReason, actor, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))).update();
            events.publishEvent(new AdministrativeAction(actor, existed ? "audit.safety-flag.updated"
                    : "audit.safety-flag.set", "nik", Long.toString(nik), Map.of("flagged", existed),
                    Map.of("flagged", true), null));
        });
    }

    /** Clears the flag; false when the NIK was not flagged. */
    public boolean clear(long nik, String actor) {
        return clear(nik, null, actor);
    }

    /**
     * Clears the flag, with the reason for clearing it recorded in the administrative log (which
     * auditors read: the reason must not describe the resident's situation); false when the NIK was
     * not flagged.
     */
    public boolean clear(long nik, @Nullable String reason, String actor) {
        String cleaned = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(500, reason.strip().length()));
        Boolean cleared = transaction.execute(tx -> {
            if (jdbc.sql("delete from audit_safety_flag where nik = ?").param(nik).update() == 0) {
                return false;
            }
            events.publishEvent(new AdministrativeAction(actor, "audit.safety-flag.cleared", "nik",
                    Long.toString(nik), Map.of("flagged", true), Map.of("flagged", false), cleaned));
            return true;
        });
        return Boolean.TRUE.equals(cleared);
    }

    public boolean isFlagged(long nik) {
        return jdbc.sql("select count(*) from audit_safety_flag where nik = ?").param(nik).query(Long.class).single() > 0;
    }

    public List<SafetyFlag> list() {
        return jdbc.sql("select nik, reason, set_by, set_at from audit_safety_flag order by set_at desc")
                .query((rs, n) -> new SafetyFlag(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }
}
