package id.gerbang.registry.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads with {@code COPY ... FROM STDIN} in text format. Rows are formatted by hand into one of two
 * reused buffers; while the database copies one chunk on a background thread, the caller fills
 * the other, so generating and loading overlap on two cores. The session runs with
 * {@code synchronous_commit = off}: a crash may lose the last chunks, which a repeated load
 * restores, and no chunk is ever half-written.
 *
 * <p>{@link WriteMode#UPSERT} copies each chunk into session-private temporary tables and moves it
 * with {@code insert ... on conflict do update}.
 */
final class PostgresCopyWriter implements ResidentBulkWriter {

    private final Connection connection;
    private final CopyManager copy;
    private final WriteMode mode;
    private final int chunkSize;
    private final ExecutorService copier;
    private Buffers filling = new Buffers();
    private Buffers spare = new Buffers();
    private @Nullable Future<?> inFlight;
    private volatile long written;
    private boolean closed;

    PostgresCopyWriter(DataSource dataSource, WriteMode mode, int chunkSize) throws SQLException {
        this.mode = mode;
        this.chunkSize = chunkSize;
        this.connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set synchronous_commit to off");
                if (mode == WriteMode.UPSERT) {
                    statement.execute("create temporary table if not exists family_stage (like family) on commit delete rows");
                    statement.execute("create temporary table if not exists resident_stage (like resident) on commit delete rows");
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        copier = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "registry-copy");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void family(FamilyRow family) {
        CopyText.family(filling.families, family);
    }

    @Override
    public void resident(ResidentRow resident) {
        CopyText.resident(filling.residents, resident);
        if (++filling.count >= chunkSize) {
            handOver();
        }
    }

    @Override
    public long finish() {
        handOver();
        awaitInFlight();
        return written;
    }

    @Override
    public long residentsWritten() {
        return written;
    }

    /** Sends the filled buffers to the copier thread and continues with the spare ones. */
    private void handOver() {
        if (filling.isEmpty()) {
            return;
        }
        awaitInFlight();
        Buffers full = filling;
        filling = spare;
        spare = full;
        inFlight = copier.submit(() -> {
            write(full);
            return null;
        });
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkLoadFailedException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new BulkLoadFailedException("a chunk could not be loaded", e.getCause());
        } finally {
            inFlight = null;
        }
    }

    private void write(Buffers chunk) throws SQLException {
        try {
            if (!chunk.families.isEmpty()) {
                copyIn(mode == WriteMode.INSERT ? "family" : "family_stage", RegisterColumns.FAMILY, chunk.families);
            }
            copyIn(mode == WriteMode.INSERT ? "resident" : "resident_stage", RegisterColumns.RESIDENT, chunk.residents);
            if (mode == WriteMode.UPSERT) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(upsert("family", "no_kk", RegisterColumns.FAMILY));
                    statement.executeUpdate(upsert("resident", "nik", RegisterColumns.RESIDENT));
                }
            }
            connection.commit();
            written += chunk.count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            chunk.clear();
        }
    }

    private void copyIn(String table, java.util.List<String> columns, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn("copy " + table + " (" + RegisterColumns.list(columns) + ") from stdin");
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A key may repeat within a chunk only through a caller's mistake; {@code distinct on} keeps one. */
    private static String upsert(String table, String key, java.util.List<String> columns) {
        String list = RegisterColumns.list(columns);
        return "insert into " + table + " (" + list + ") select distinct on (" + key + ") " + list
                + " from " + table + "_stage on conflict (" + key + ") do update set "
                + RegisterColumns.excludedAssignments(columns);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            awaitInFlight();
        } catch (BulkLoadFailedException ignored) {
            // the failure was or will be reported by finish(); closing only releases resources
        } finally {
            copier.shutdownNow();
            try (connection) {
                connection.rollback();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop table if exists resident_stage");
                    statement.execute("drop table if exists family_stage");
                    statement.execute("reset synchronous_commit");
                }
                connection.commit();
            } catch (SQLException e) {
                throw new BulkLoadFailedException("could not release the loading session", e);
            }
        }
    }

    /** A chunk being filled or copied. */
    private static final class Buffers {
        final StringBuilder families = new StringBuilder(1 << 20);
        final StringBuilder residents = new StringBuilder(1 << 22);
        int count;

        boolean isEmpty() {
            return count == 0 && families.isEmpty();
        }

        void clear() {
            families.setLength(0);
            residents.setLength(0);
            count = 0;
        }
    }
}
