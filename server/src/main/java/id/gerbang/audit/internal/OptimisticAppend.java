package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * PostgreSQL: a small batch appended in a single autocommitted statement, when this process knows
 * the chain head because it wrote the last batch itself (ADR 0031, addendum of 2026-11-27).
 *
 * <p>The locked path takes five round trips per batch (lock the head, COPY in two, move the head,
 * commit). Under moderate load batches are small and those round trips were most of PostgreSQL's
 * work per lookup. Here one statement moves the head only if it is still where this process left it
 * and inserts the rows only if the head moved:
 *
 * <pre>
 * with head as (update audit_chain_head set last_seq = ?, last_hash = ?
 *               where log_name = ? and last_seq = ? and last_hash is not distinct from ? returning 1)
 * insert into audit_access_log (...) select * from (values (...), ...) v where exists (select 1 from head)
 * </pre>
 *
 * In autocommit the statement is its own transaction, committed (and flushed, with
 * {@code synchronous_commit} on) before the driver returns. If another instance appended meanwhile,
 * its commit holds the head row's lock, the condition no longer matches after it, nothing is
 * written, and the caller takes the locked path with the head read afresh.
 */
final class OptimisticAppend {

    /** Larger batches go the COPY path, whose cost per row is lower. */
    static final int MAX_ROWS = 32;

    private static final ConcurrentMap<Integer, String> STATEMENTS = new ConcurrentHashMap<>();
    private static final String TUPLE = "(" + "?,".repeat(AccessRows.COLUMN_COUNT - 1) + "?)";

    private OptimisticAppend() {
    }

    /**
     * Appends {@code rows} (already chained from {@code expected}) and moves the head to
     * {@code next}, in one committed statement.
     *
     * @return {@code true} when appended and committed; {@code false} when the head was no longer
     *         {@code expected} and nothing was written
     */
    static boolean append(Connection c, String logName, AccessRow[] rows, ChainHead expected, ChainHead next)
            throws SQLException {
        if (rows.length == 0 || rows.length > MAX_ROWS) {
            throw new IllegalArgumentException("1.." + MAX_ROWS + " rows, not " + rows.length);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement(STATEMENTS.computeIfAbsent(rows.length, OptimisticAppend::sql))) {
            int p = 1;
            ps.setLong(p++, next.lastSeq());
            ps.setBytes(p++, next.lastHash());
            ps.setString(p++, logName);
            ps.setLong(p++, expected.lastSeq());
            ps.setBytes(p++, expected.lastHash());
            for (AccessRow row : rows) {
                p = AccessRows.bind(ps, p, row);
            }
            int inserted = ps.executeUpdate();
            if (inserted != 0 && inserted != rows.length) {
                throw new IllegalStateException("appended " + inserted + " of " + rows.length + " rows");
            }
            return inserted == rows.length;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(200 + rows * TUPLE.length())
                .append("with head as (update audit_chain_head set last_seq = ?, last_hash = ? ")
                .append("where log_name = ? and last_seq = ? and last_hash is not distinct from ? returning 1) ")
                .append("insert into audit_access_log (").append(AccessRows.COLUMNS).append(") select * from (values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(TUPLE);
        }
        return sql.append(") v where exists (select 1 from head)").toString();
    }
}
