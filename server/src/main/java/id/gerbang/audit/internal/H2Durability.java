package id.gerbang.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 writes committed transactions to its file in the background, up to {@code WRITE_DELAY}
 * milliseconds later (default 500), so a killed process loses commits it had confirmed. The access
 * log confirms only durable entries, so on H2 it sets the delay to 0: every commit is written to the
 * file before it returns. PostgreSQL needs nothing (its commit waits for the WAL flush).
 */
final class H2Durability {

    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    private H2Durability() {
    }

    static void apply(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            log.warn("Audit: could not make H2 write commits immediately ({}); a crash may lose the last "
                    + "second of confirmed access-log entries", e.getSQLState());
        }
    }
}
