package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Maps administrative-log entries to and from {@code audit_admin_log} rows. */
public final class AdminRows {

    public static final String COLUMNS =
            "seq, logged_at, actor, action, subject_type, subject_id, before_state, after_state, reason, hash";

    private AdminRows() {
    }

    static void insert(Connection c, AdminRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_admin_log (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.seq());
            ps.setObject(2, OffsetDateTime.ofInstant(r.time(), ZoneOffset.UTC));
            ps.setString(3, r.actor());
            ps.setString(4, r.action());
            ps.setString(5, r.subjectType());
            ps.setString(6, r.subjectId());
            ps.setString(7, r.before());
            ps.setString(8, r.after());
            ps.setString(9, r.reason());
            ps.setBytes(10, r.hash());
            ps.executeUpdate();
        }
    }

    public static AdminRow read(ResultSet rs) throws SQLException {
        return new AdminRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getBytes(10));
    }
}
