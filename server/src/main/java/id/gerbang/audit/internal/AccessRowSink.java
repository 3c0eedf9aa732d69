package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a batch of chained rows reaches {@code audit_access_log}: PostgreSQL's COPY where available
 * (several times faster than INSERT), a multi-row INSERT elsewhere (H2). Both run inside the
 * writer's transaction; see ADR 0031.
 */
interface AccessRowSink {

    void insert(Connection c, AccessRow[] rows) throws SQLException;

    static AccessRowSink forDatabase(String productName) {
        return "PostgreSQL".equals(productName) ? new PostgresCopySink() : AccessRows::insert;
    }
}
