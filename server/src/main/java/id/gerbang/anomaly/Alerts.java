package id.gerbang.anomaly;

import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alerts the anomaly rules raised: listed open first, acknowledged by a registry administrator
 * with a note (an administrative action, recorded in the administrative log in the same
 * transaction), and counted. Callers check the role; this service only records who acted.
 */
@Service
public class Alerts implements id.gerbang.report.OpenAlerts {

    /** The longest note kept. */
    public static final int NOTE_MAX = 1000;
    static final String COLUMNS = "id, rule, subject_kind, window_start, window_end, agency_id, user_id, source_ip, nik, "
            + "calls, threshold, first_seq, last_seq, raised_at, status, acknowledged_by, acknowledged_at, note";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** The newest {@code limit} alerts, open ones first, each group newest first; of one status when given. */
    public List<Alert> list(@Nullable AlertStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from anomaly_alert"
                        + (status == null ? "" : " where status = :status")
                        + " order by case when status = 'OPEN' then 0 else 1 end, raised_at desc, id desc"
                        + " fetch first " + Math.clamp(limit, 1, 1000) + " rows only")
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> read(rs))
                .list();
    }

    public Optional<Alert> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from anomaly_alert where id = ?").param(id)
                .query((rs, n) -> read(rs)).optional();
    }

    /** How many alerts are open. */
    public long openCount() {
        return jdbc.sql("select count(*) from anomaly_alert where status = 'OPEN'").query(Long.class).single();
    }

    /**
     * The open alerts per agency (only the alerts that name an agency: a NIK alert or an address
     * alert without a user names none), for the agencies' compliance status.
     */
    @Override
    public Map<Long, Long> openCountByAgency() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select agency_id, count(*) from anomaly_alert where status = 'OPEN' and agency_id is not null "
                        + "group by agency_id order by agency_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /**
     * Acknowledges an open alert with a note (required: what was found or done).
     *
     * @throws GerbangException {@code ALERT_NOT_FOUND}, {@code ALERT_ALREADY_ACKNOWLEDGED}, {@code ALERT_NOTE_REQUIRED}
     */
    public Alert acknowledge(long id, @Nullable String note, String actor) {
        String cleaned = note == null ? "" : note.strip();
        if (cleaned.isEmpty()) {
            throw new GerbangException(AnomalyError.ALERT_NOTE_REQUIRED);
        }
        String kept = cleaned.length() > NOTE_MAX ? cleaned.substring(0, NOTE_MAX) : cleaned;
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            Alert alert = find(id).orElseThrow(() -> new GerbangException(AnomalyError.ALERT_NOT_FOUND, id));
            int updated = jdbc.sql("update anomaly_alert set status = 'ACKNOWLEDGED', acknowledged_by = ?, "
                            + "acknowledged_at = ?, note = ? where id = ? and status = 'OPEN'")
                    .params(actor, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), kept, id).update();
            if (updated == 0) {
                throw new GerbangException(AnomalyError.ALERT_ALREADY_ACKNOWLEDGED, id);
            }
            // the note goes to the administrative log, which auditors read: the form asks for no NIK or name
            events.publishEvent(new AdministrativeAction(actor, "anomaly.alert.acknowledged", "anomaly-alert",
                    Long.toString(id), Map.of("status", alert.status().name(), "rule", alert.rule().name()),
                    Map.of("status", AlertStatus.ACKNOWLEDGED.name()), kept));
        });
        return find(id).orElseThrow();
    }

    static Alert read(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong(1), AnomalyRule.valueOf(rs.getString(2)), SubjectKind.valueOf(rs.getString(3)),
                instant(rs, 4), instant(rs, 5), optLong(rs, 6), rs.getString(7), rs.getString(8), optLong(rs, 9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), instant(rs, 14),
                AlertStatus.valueOf(rs.getString(15)), rs.getString(16), rs.getObject(17) == null ? null : instant(rs, 17),
                rs.getString(18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long optLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
