package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and moves the head row of a chain ({@code audit_chain_head}). */
public final class ChainHeads {

    private ChainHeads() {
    }

    /** Locks the head row until the transaction ends: one writer appends at a time. */
    public static ChainHead lock(Connection c, String logName) throws SQLException {
        return read(c, logName, " for update");
    }

    public static ChainHead read(Connection c, String logName) throws SQLException {
        return read(c, logName, "");
    }

    private static ChainHead read(Connection c, String logName, String suffix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select last_seq, last_hash from audit_chain_head where log_name = ?" + suffix)) {
            ps.setString(1, logName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no chain head for log " + logName);
                }
                byte[] hash = rs.getBytes(2);
                return new ChainHead(rs.getLong(1), hash == null ? ChainCodec.genesis() : hash);
            }
        }
    }

    public static void update(Connection c, String logName, ChainHead head) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update audit_chain_head set last_seq = ?, last_hash = ? where log_name = ?")) {
            ps.setLong(1, head.lastSeq());
            ps.setBytes(2, head.lastHash());
            ps.setString(3, logName);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("chain head of log " + logName + " not updated");
            }
        }
    }

    /** Where the database part of the chain starts: the last archived entry (0 and genesis if none). */
    public static ChainHead archived(Connection c, String logName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select archived_through_seq, archived_hash from audit_chain_head where log_name = ?")) {
            ps.setString(1, logName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no chain head for log " + logName);
                }
                byte[] hash = rs.getBytes(2);
                return new ChainHead(rs.getLong(1), hash == null ? ChainCodec.genesis() : hash);
            }
        }
    }
}
