package id.gerbang.audit.internal;

import id.gerbang.audit.AuditProperties;
import id.gerbang.common.JakartaTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the pre-aggregated counts of the access log ({@code audit_usage_day}, {@code _user_day},
 * {@code _hour}; V660, ADR 0105). A background fold, every {@code gerbang.audit.summary-interval},
 * reads the entries after the watermark {@code audit_usage_folded.folded_through_seq} in sequence
 * order, adds them to the counts and moves the watermark, all in one transaction (the watermark row
 * is locked, so two servers never fold the same entries). The writer's hot path is untouched; readers
 * add the few entries after the watermark themselves ({@link #tail}), so counts are exact at once.
 */
@Component
public class UsageSummary implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(UsageSummary.class);
    /** Most entries folded in one transaction. */
    static final int CHUNK = 100_000;
    static final String ROWS = "select seq, logged_at, log_date, agency_id, user_id, channel, outcome "
            + "from audit_access_log where seq > ? order by seq fetch first " + CHUNK + " rows only";

    /** The key of a count per day, agency, channel and outcome (agency 0: none). */
    public record DayKey(LocalDate day, long agencyId, String channel, String outcome) {
    }

    /** The key of a count per agency, day, user and outcome (user "": none). */
    public record UserKey(long agencyId, LocalDate day, String userId, String outcome) {
    }

    /** The key of a count per day, agency and Jakarta hour. */
    public record HourKey(LocalDate day, long agencyId, int hour) {
    }

    /** Counts of a range of entries, in the three shapes the tables keep. */
    public static final class Tally {
        public final Map<DayKey, long[]> days = new HashMap<>();
        public final Map<UserKey, long[]> users = new HashMap<>();
        public final Map<HourKey, long[]> hours = new HashMap<>();
        long lastSeq;
        int entries;

        void add(ResultSet rs) throws SQLException {
            lastSeq = rs.getLong(1);
            OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
            LocalDate day = rs.getObject(3, LocalDate.class);
            long agency = rs.getLong(4);
            String user = rs.getString(5);
            String channel = rs.getString(6);
            String outcome = rs.getString(7);
            days.computeIfAbsent(new DayKey(day, agency, channel, outcome), k -> new long[1])[0]++;
            users.computeIfAbsent(new UserKey(agency, day, user == null ? "" : user, outcome), k -> new long[1])[0]++;
            int hour = JakartaTime.inJakarta(at.toInstant()).getHour();
            hours.computeIfAbsent(new HourKey(day, agency, hour), k -> new long[1])[0]++;
            entries++;
        }
    }

    private final DataSource dataSource;
    private final AuditProperties properties;

    UsageSummary(DataSource dataSource, AuditProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /**
     * Runs on every node (issue 20), idempotent by design: each chunk is folded in one transaction
     * that first locks the watermark row ({@code for update}), so two nodes fold one after the
     * other and the second finds the entries folded already.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::foldQuietly, properties.summaryInterval());
    }

    private void foldQuietly() {
        try {
            fold();
        } catch (RuntimeException e) {
            log.warn("Folding the access log into the usage summary failed; retried at the next interval: {}",
                    e.toString());
        }
    }

    /** Folds every entry written so far into the counts; returns how many were folded. */
    public long fold() {
        long folded = 0;
        int last;
        do {
            last = foldChunk();
            folded += last;
        } while (last == CHUNK);
        return folded;
    }

    /** The sequence number up to which the counts include the log. */
    public long watermark() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select folded_through_seq from audit_usage_folded where log_name = 'access'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the usage summary's watermark", e);
        }
    }

    /** The entries after {@code afterSeq} counted the way the tables count them (what is not folded yet). */
    public Tally tail(long afterSeq) {
        try (Connection c = dataSource.getConnection()) {
            Tally tally = new Tally();
            long from = afterSeq;
            int before;
            do {
                before = tally.entries;
                read(c, from, tally);
                from = tally.lastSeq;
            } while (tally.entries - before == CHUNK);
            return tally;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the access log after the watermark", e);
        }
    }

    private static void read(Connection c, long afterSeq, Tally tally) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setLong(1, afterSeq);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tally.add(rs);
                }
            }
        }
    }

    private int foldChunk() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long watermark;
                try (PreparedStatement ps = c.prepareStatement("select folded_through_seq from audit_usage_folded "
                        + "where log_name = 'access' for update");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    watermark = rs.getLong(1);
                }
                Tally tally = new Tally();
                read(c, watermark, tally);
                if (tally.entries == 0) {
                    c.rollback();
                    return 0;
                }
                write(c, tally);
                try (PreparedStatement ps = c.prepareStatement(
                        "update audit_usage_folded set folded_through_seq = ? where log_name = 'access'")) {
                    ps.setLong(1, tally.lastSeq);
                    ps.executeUpdate();
                }
                c.commit();
                return tally.entries;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fold the access log into the usage summary", e);
        }
    }

    private static void write(Connection c, Tally t) throws SQLException {
        upsert(c, t.days, "update audit_usage_day set calls = calls + ? "
                        + "where log_date = ? and agency_id = ? and channel = ? and outcome = ?",
                "insert into audit_usage_day (calls, log_date, agency_id, channel, outcome) values (?, ?, ?, ?, ?)",
                (ps, k) -> {
                    ps.setObject(2, k.day());
                    ps.setLong(3, k.agencyId());
                    ps.setString(4, k.channel());
                    ps.setString(5, k.outcome());
                });
        upsert(c, t.users, "update audit_usage_user_day set calls = calls + ? "
                        + "where agency_id = ? and log_date = ? and user_id = ? and outcome = ?",
                "insert into audit_usage_user_day (calls, agency_id, log_date, user_id, outcome) values (?, ?, ?, ?, ?)",
                (ps, k) -> {
                    ps.setLong(2, k.agencyId());
                    ps.setObject(3, k.day());
                    ps.setString(4, k.userId());
                    ps.setString(5, k.outcome());
                });
        upsert(c, t.hours, "update audit_usage_hour set calls = calls + ? "
                        + "where log_date = ? and agency_id = ? and hour_of_day = ?",
                "insert into audit_usage_hour (calls, log_date, agency_id, hour_of_day) values (?, ?, ?, ?)",
                (ps, k) -> {
                    ps.setObject(2, k.day());
                    ps.setLong(3, k.agencyId());
                    ps.setInt(4, k.hour());
                });
    }

    private interface KeyBinder<K> {
        void bind(PreparedStatement ps, K key) throws SQLException;
    }

    /** Adds each count to its row: a batch of updates, then a batch of inserts for the keys no row had. */
    private static <K> void upsert(Connection c, Map<K, long[]> counts, String update, String insert,
                                   KeyBinder<K> binder) throws SQLException {
        List<Map.Entry<K, long[]>> entries = new ArrayList<>(counts.entrySet());
        List<Map.Entry<K, long[]>> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Map.Entry<K, long[]> e : entries) {
                ps.setLong(1, e.getValue()[0]);
                binder.bind(ps, e.getKey());
                ps.addBatch();
            }
            int[] updated = ps.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(entries.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (Map.Entry<K, long[]> e : missing) {
                ps.setLong(1, e.getValue()[0]);
                binder.bind(ps, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
