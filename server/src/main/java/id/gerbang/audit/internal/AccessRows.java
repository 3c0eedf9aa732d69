package id.gerbang.audit.internal;

import id.gerbang.audit.AccessLogEntry;
import id.gerbang.common.JakartaTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/** Maps access-log entries to and from {@code audit_access_log} rows with plain JDBC (the hot path). */
public final class AccessRows {

    public static final String COLUMNS = "seq, logged_at, log_date, request_id, agency_id, agreement_id, "
            + "user_id, channel, operation, source_ip, claimed_ip, nik, nik_raw, no_kk, purpose, local_user, "
            + "outcome, elements, latency_micros, hash";
    public static final int COLUMN_COUNT = 20;
    /** Rows per INSERT statement: one statement of many rows is several times faster than a JDBC batch. */
    static final int ROWS_PER_STATEMENT = 500;
    private static final ConcurrentMap<Integer, String> INSERTS = new ConcurrentHashMap<>();

    static final int REQUEST_ID = 64;
    static final int USER_ID = 64;
    static final int IP = 64;
    static final int PURPOSE = 255;
    /** The local end user's column; the channels refuse longer names before they get here. */
    public static final int LOCAL_USER = 128;
    static final int ELEMENTS = 2000;

    private AccessRows() {
    }

    /** The entry as it will be stored: time to microseconds, texts cleaned and cut to their columns. */
    public static AccessRow of(AccessLogEntry e, Instant time) {
        return new AccessRow(0, ChainCodec.truncate(time), Texts.cleanRequired(e.requestId(), REQUEST_ID),
                e.agencyId(), e.agreementId(), Texts.clean(e.userId(), USER_ID), e.channel().name(),
                e.operation().name(), Texts.clean(e.sourceIp(), IP), Texts.clean(e.claimedIp(), IP),
                e.nik(), Texts.clean(e.nikRaw(), 32), e.noKk(), Texts.clean(e.purpose(), PURPOSE),
                Texts.clean(e.localUser(), LOCAL_USER),
                e.outcome().name(), Texts.cleanRequired(String.join(",", e.elements()), ELEMENTS),
                e.latencyMicros(), new byte[0]);
    }

    static void insert(Connection c, AccessRow[] rows) throws SQLException {
        for (int from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
            int count = Math.min(ROWS_PER_STATEMENT, rows.length - from);
            try (PreparedStatement ps = c.prepareStatement(INSERTS.computeIfAbsent(count, AccessRows::insertSql))) {
                int p = 1;
                for (int i = from; i < from + count; i++) {
                    p = bind(ps, p, rows[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("insert into audit_access_log (").append(COLUMNS).append(") values ");
        String tuple = "(" + "?,".repeat(COLUMN_COUNT - 1) + "?)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
        return sql.toString();
    }

    static int bind(PreparedStatement ps, int p, AccessRow r) throws SQLException {
        ps.setLong(p++, r.seq());
        ps.setObject(p++, OffsetDateTime.ofInstant(r.time(), ZoneOffset.UTC));
        ps.setObject(p++, JakartaTime.dateOf(r.time()));
        ps.setString(p++, r.requestId());
        setLong(ps, p++, r.agencyId());
        setLong(ps, p++, r.agreementId());
        ps.setString(p++, r.userId());
        ps.setString(p++, r.channel());
        ps.setString(p++, r.operation());
        ps.setString(p++, r.sourceIp());
        ps.setString(p++, r.claimedIp());
        setLong(ps, p++, r.nik());
        ps.setString(p++, r.nikRaw());
        setLong(ps, p++, r.noKk());
        ps.setString(p++, r.purpose());
        ps.setString(p++, r.localUser());
        ps.setString(p++, r.outcome());
        ps.setString(p++, r.elements());
        setLong(ps, p++, r.latencyMicros());
        ps.setBytes(p++, r.hash());
        return p;
    }

    private static void setLong(PreparedStatement ps, int p, @Nullable Long v) throws SQLException {
        if (v == null) {
            ps.setNull(p, Types.BIGINT);
        } else {
            ps.setLong(p, v);
        }
    }

    /** Reads a row selected with {@link #COLUMNS}, in that order. */
    public static AccessRow read(ResultSet rs) throws SQLException {
        return new AccessRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(4),
                getLong(rs, 5), getLong(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), getLong(rs, 12), rs.getString(13), getLong(rs, 14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), getLong(rs, 19),
                rs.getBytes(20));
    }

    /** The stored Jakarta date column, which {@code verify} checks against the time. */
    public static java.time.LocalDate storedDate(ResultSet rs) throws SQLException {
        return rs.getObject(3, java.time.LocalDate.class);
    }

    private static @Nullable Long getLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
