package id.gerbang.registry.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads with {@code COPY ... FROM STDIN} in text format. Rows are formatted by hand into one of two
 * reused buffers; while the database copies one chunk on a background thread, the caller fills
 * the other, so generating and loading overlap on two cores. The session runs with
 * {@code synchronous_commit = off}.
 *
 * <p>Three ways to load:
 * <ul>
 * <li><b>Initial load</b> ({@link WriteMode#INSERT} into empty tables): one transaction that locks
 *     and truncates both tables, drops their keys and the No. KK index, copies every chunk with
 *     {@code FREEZE}, and builds the keys and the index at the end. Building a b-tree once is
 *     several times cheaper than inserting a million random NIKs into one. DDL is transactional,
 *     so a failure leaves the tables as they were. Readers wait for the lock meanwhile, which is
 *     fine for a register that was empty.</li>
 * <li><b>Insert</b> ({@link WriteMode#INSERT} when rows exist, or when something else depends on
 *     the keys): plain COPY, one transaction per chunk.</li>
 * <li><b>Upsert</b> ({@link WriteMode#UPSERT}): COPY into session-private temporary tables, then
 *     {@code insert ... on conflict do update}, one transaction per chunk.</li>
 * </ul>
 */
final class PostgresCopyWriter implements ResidentBulkWriter {

    private static final Logger log = LoggerFactory.getLogger(PostgresCopyWriter.class);

    private final Connection connection;
    private final CopyManager copy;
    private final WriteMode mode;
    private final boolean initialLoad;
    private final int chunkSize;
    private final ExecutorService copier;
    private Buffers filling = new Buffers();
    private Buffers spare = new Buffers();
    private @Nullable Future<?> inFlight;
    private volatile long copied;
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
            initialLoad = mode == WriteMode.INSERT && prepareInitialLoad();
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

    /**
     * Starts the initial-load transaction when both tables are empty: locks them, truncates them
     * (which lets COPY freeze the rows) and drops the keys and the index. Returns false, with
     * nothing changed, when a table holds rows or a key cannot be dropped (another table refers
     * to it).
     */
    private boolean prepareInitialLoad() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table family, resident in access exclusive mode");
            if (holdsRows(statement, "resident") || holdsRows(statement, "family")) {
                connection.rollback();
                return false;
            }
            Savepoint beforeKeys = connection.setSavepoint();
            try {
                statement.execute("truncate family, resident");
                statement.execute("alter table resident drop constraint resident_pkey");
                statement.execute("drop index resident_no_kk");
                statement.execute("alter table family drop constraint family_pkey");
            } catch (SQLException e) {
                log.info("Initial load without dropping keys ({}); loading with keys in place", e.getSQLState());
                connection.rollback(beforeKeys);
                connection.rollback();
                return false;
            }
            return true;
        }
    }

    private static boolean holdsRows(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select exists (select 1 from " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
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
        if (initialLoad) {
            try (Statement statement = connection.createStatement()) {
                long started = System.nanoTime();
                statement.execute("alter table family add constraint family_pkey primary key (no_kk)");
                statement.execute("alter table resident add constraint resident_pkey primary key (nik)");
                statement.execute("create index resident_no_kk on resident (no_kk)");
                connection.commit();
                written = copied;
                log.info("Initial load: keys and index built in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw new BulkLoadFailedException("the keys could not be built after the initial load", e);
            }
        }
        return written;
    }

    /** Residents committed so far; during an initial load nothing is committed before {@link #finish()}. */
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
            if (initialLoad) {
                copyIn("family", RegisterColumns.FAMILY, chunk.families, " with (freeze)");
                copyIn("resident", RegisterColumns.RESIDENT, chunk.residents, " with (freeze)");
                copied += chunk.count;
                return;
            }
            if (!chunk.families.isEmpty()) {
                copyIn(mode == WriteMode.INSERT ? "family" : "family_stage", RegisterColumns.FAMILY, chunk.families, "");
            }
            copyIn(mode == WriteMode.INSERT ? "resident" : "resident_stage", RegisterColumns.RESIDENT, chunk.residents, "");
            if (mode == WriteMode.UPSERT) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(upsert("family", "no_kk", RegisterColumns.FAMILY));
                    statement.executeUpdate(upsert("resident", "nik", RegisterColumns.RESIDENT));
                }
            }
            connection.commit();
            copied += chunk.count;
            written = copied;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            chunk.clear();
        }
    }

    private void copyIn(String table, List<String> columns, StringBuilder rows, String options) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn("copy " + table + " (" + RegisterColumns.list(columns) + ") from stdin" + options);
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
    private static String upsert(String table, String key, List<String> columns) {
        String list = RegisterColumns.list(columns);
        return "insert into " + table + " (" + list + ") select distinct on (" + key + ") " + list
                + " from " + table + "_stage on conflict (" + key + ") do update set "
                + RegisterColumns.excludedAssignments(columns);
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
