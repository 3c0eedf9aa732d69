package id.gerbang.registry.internal;

import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens the bulk writer that suits the database: {@code COPY} on PostgreSQL, JDBC batches on H2
 * (and on any other database, as the portable fallback). Chosen by the JDBC product name.
 */
@Component
public class BulkLoading {

    private final DataSource dataSource;
    private final int chunkSize;
    private @Nullable Boolean postgres;

    BulkLoading(DataSource dataSource, RegistryProperties properties) {
        this.dataSource = dataSource;
        this.chunkSize = properties.bulkChunkSize();
    }

    public ResidentBulkWriter open(WriteMode mode) {
        try {
            return isPostgres()
                    ? new PostgresCopyWriter(dataSource, mode, chunkSize)
                    : new H2BatchWriter(dataSource, mode, chunkSize);
        } catch (SQLException e) {
            throw new BulkLoadFailedException("could not open a loading session", e);
        }
    }

    public synchronized boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            } catch (SQLException e) {
                throw new BulkLoadFailedException("could not read the database product name", e);
            }
        }
        return postgres;
    }
}
