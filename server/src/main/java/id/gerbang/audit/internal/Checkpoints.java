package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code audit_checkpoint} rows. */
public final class Checkpoints {

    private static final String COLUMNS = "id, log_name, last_seq, head_hash, created_at, reason, key_id, signature";

    private Checkpoints() {
    }

    public static long insert(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_checkpoint (log_name, last_seq, head_hash, "
                + "created_at, reason, key_id, signature) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, cp.log());
            ps.setLong(2, cp.lastSeq());
            ps.setBytes(3, cp.headHash());
            ps.setObject(4, OffsetDateTime.ofInstant(cp.createdAt(), ZoneOffset.UTC));
            ps.setString(5, cp.reason());
            ps.setString(6, cp.keyId());
            ps.setBytes(7, cp.signature());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Checkpoints of a log with {@code from <= last_seq <= to}, in sequence order. */
    public static List<Checkpoint> between(Connection c, String log, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_checkpoint "
                + "where log_name = ? and last_seq between ? and ? order by last_seq, id")) {
            ps.setString(1, log);
            ps.setLong(2, from);
            ps.setLong(3, to);
            return list(ps);
        }
    }

    public static List<Checkpoint> latest(Connection c, String log, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_checkpoint "
                + "where log_name = ? order by id desc fetch first " + limit + " rows only")) {
            ps.setString(1, log);
            return list(ps);
        }
    }

    public static Optional<Checkpoint> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_checkpoint where id = ?")) {
            ps.setLong(1, id);
            return list(ps).stream().findFirst();
        }
    }

    private static List<Checkpoint> list(PreparedStatement ps) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Checkpoint(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getBytes(8)));
            }
        }
        return out;
    }
}
