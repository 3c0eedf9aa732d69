package id.gerbang.reference.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.ReferenceError;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the reference tables from the CSV files. Each dataset (a table set and the files it comes
 * from) is loaded in one transaction, under a row lock on its {@code ref_dataset} row so two
 * instances starting together do not load twice; it is skipped when the SHA-256 of its files
 * equals the stored one. Inserts are multi-row statements sent in JDBC batches.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How one dataset turns its files' contents into rows in its tables; returns the row count. */
    private interface Filler {
        int fill(Map<String, CsvTable> tables);
    }

    private record Dataset(String name, List<String> files, List<String> tables, Filler filler) {
    }

    /** What happened to one dataset. */
    record Outcome(String dataset, boolean loaded, int rows, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ResourceLoader resources;
    private final ReferenceProperties properties;
    private final Clock clock;

    ReferenceDataLoader(JdbcTemplate jdbc, TransactionTemplate tx, ResourceLoader resources,
            ReferenceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    /** Loads every dataset whose files changed (or all, with {@code force}). */
    List<Outcome> loadAll(boolean force) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Dataset dataset : datasets()) {
            outcomes.add(load(dataset, force));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int rows = outcomes.stream().filter(Outcome::loaded).mapToInt(Outcome::rows).sum();
        // CPU time of this thread too: on a busy machine wall-clock time says little about the loader
        log.info("Reference data: {} of {} datasets loaded ({} rows) in {} ms ({} ms CPU) from {}",
                outcomes.stream().filter(Outcome::loaded).count(), outcomes.size(), rows, millis,
                (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000, properties.location());
        return outcomes;
    }

    private List<Dataset> datasets() {
        return List.of(
                new Dataset("regions", List.of(RegionFiles.CURRENT), List.of("ref_region"),
                        t -> insertRegions(RegionFiles.current(t.get(RegionFiles.CURRENT)))),
                new Dataset("region-history", List.of(RegionFiles.HISTORY), List.of("ref_region_history"),
                        t -> insertHistory(RegionFiles.history(t.get(RegionFiles.HISTORY)))),
                new Dataset("region-recodes", List.of(RegionFiles.PAPUA_RECODE), List.of("ref_region_recode"),
                        t -> insertRecodes(RegionFiles.recodes(t.get(RegionFiles.PAPUA_RECODE)))),
                new Dataset("code-lists", CodeListFiles.files(), List.of("ref_code", "ref_code_alias"),
                        t -> insertCodes(CodeListFiles.parse(t))));
    }

    private Outcome load(Dataset dataset, boolean force) {
        long start = System.nanoTime();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String file : dataset.files()) {
            contents.put(file, read(file));
        }
        String checksum = checksum(contents);
        ensureRow(dataset.name());
        Outcome outcome = tx.execute(status -> {
            String stored = jdbc.queryForObject("select checksum from ref_dataset where name = ? for update",
                    String.class, dataset.name());
            if (!force && checksum.equals(stored)) {
                return new Outcome(dataset.name(), false, 0, 0);
            }
            Map<String, CsvTable> tables = new LinkedHashMap<>();
            contents.forEach((file, bytes) -> tables.put(file, CsvTable.read(file, bytes)));
            for (String table : dataset.tables()) {
                jdbc.update("delete from " + table);
            }
            long insertStart = System.nanoTime();
            int rows = dataset.filler().fill(tables);
            log.debug("Reference data: {} inserted in {} ms", dataset.name(), (System.nanoTime() - insertStart) / 1_000_000);
            jdbc.update("update ref_dataset set checksum = ?, row_count = ?, loaded_at = ? where name = ?",
                    checksum, rows, Timestamp.from(clock.instant()), dataset.name());
            return new Outcome(dataset.name(), true, rows, (System.nanoTime() - start) / 1_000_000);
        });
        if (outcome == null) {
            throw new IllegalStateException("no outcome for " + dataset.name());
        }
        if (outcome.loaded()) {
            log.info("Reference data: {} loaded, {} rows in {} ms", dataset.name(), outcome.rows(), outcome.millis());
        } else {
            log.debug("Reference data: {} unchanged", dataset.name());
        }
        return outcome;
    }

    /** The dataset's bookkeeping row, created empty the first time; a racing instance's insert is fine. */
    private void ensureRow(String name) {
        try {
            jdbc.update("insert into ref_dataset (name, checksum, row_count, loaded_at) "
                    + "select ?, '', 0, ? where not exists (select 1 from ref_dataset where name = ?)",
                    name, Timestamp.from(clock.instant()), name);
        } catch (DuplicateKeyException e) {
            log.debug("ref_dataset row {} created concurrently", name);
        }
    }

    private byte[] read(String file) {
        Resource resource = resources.getResource(properties.location() + file);
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GerbangException(ReferenceError.REFERENCE_FILE_INVALID, file, "-");
        }
    }

    private static String checksum(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((file, bytes) -> {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int insertRegions(List<RegionFiles.RegionRow> rows) {
        return insert("ref_region (code, name, region_level, parent_code)", 4, rows, (ps, i, r) -> {
            ps.setString(i, r.code());
            ps.setString(i + 1, r.name());
            ps.setString(i + 2, r.level().name());
            setNullable(ps, i + 3, r.parent());
        });
    }

    private int insertHistory(List<RegionFiles.HistoryRow> rows) {
        return insert("ref_region_history (code, latest_name, region_level, parent_code, first_seen, last_seen, "
                + "in_current)", 7, rows, (ps, i, r) -> {
                    ps.setString(i, r.code());
                    ps.setString(i + 1, r.latestName());
                    ps.setString(i + 2, r.level().name());
                    setNullable(ps, i + 3, r.parent());
                    ps.setShort(i + 4, (short) r.firstSeen());
                    ps.setShort(i + 5, (short) r.lastSeen());
                    ps.setBoolean(i + 6, r.current());
                });
    }

    private int insertRecodes(List<RegionFiles.RecodeRow> rows) {
        return insert("ref_region_recode (old_code, new_code, old_name, basis)", 4, rows, (ps, i, r) -> {
            ps.setString(i, r.oldCode());
            ps.setString(i + 1, r.newCode());
            ps.setString(i + 2, r.oldName());
            ps.setString(i + 3, r.basis());
        });
    }

    private int insertCodes(CodeListFiles.Parsed parsed) {
        int codes = insert("ref_code (list_name, code, label, note)", 4, parsed.codes(), (ps, i, r) -> {
            ps.setString(i, r.list().name());
            ps.setInt(i + 1, r.code());
            ps.setString(i + 2, r.label());
            setNullable(ps, i + 3, r.note());
        });
        int aliases = insert("ref_code_alias (list_name, alias, code, source)", 4, parsed.aliases(), (ps, i, r) -> {
            ps.setString(i, r.list().name());
            ps.setString(i + 1, r.alias());
            ps.setInt(i + 2, r.code());
            ps.setString(i + 3, r.source());
        });
        return codes + aliases;
    }

    /** Sets one row's parameters starting at {@code first}. */
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    /**
     * Multi-row {@code insert ... values (..), (..), ...} of {@code batchSize} rows per statement,
     * sent as JDBC batches: a few hundred round trips for 100,000 rows on H2 and PostgreSQL alike,
     * without driver options such as {@code reWriteBatchedInserts}.
     */
    private <T> int insert(String into, int columns, List<T> rows, RowBinder<T> binder) {
        int perStatement = Math.max(1, Math.min(properties.batchSize(), 60_000 / columns));
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) con -> {
            int full = rows.size() / perStatement;
            if (full > 0) {
                try (PreparedStatement ps = con.prepareStatement(insertSql(into, columns, perStatement))) {
                    for (int chunk = 0; chunk < full; chunk++) {
                        bindChunk(ps, columns, rows.subList(chunk * perStatement, (chunk + 1) * perStatement), binder);
                        ps.addBatch();
                        if ((chunk + 1) % 20 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
            List<T> rest = rows.subList(full * perStatement, rows.size());
            if (!rest.isEmpty()) {
                try (PreparedStatement ps = con.prepareStatement(insertSql(into, columns, rest.size()))) {
                    bindChunk(ps, columns, rest, binder);
                    ps.executeUpdate();
                }
            }
            return rows.size();
        });
        return inserted == null ? 0 : inserted;
    }

    private static <T> void bindChunk(PreparedStatement ps, int columns, List<T> chunk, RowBinder<T> binder)
            throws SQLException {
        for (int r = 0; r < chunk.size(); r++) {
            binder.bind(ps, r * columns + 1, chunk.get(r));
        }
    }

    private static String insertSql(String into, int columns, int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(into.length() + rows * (row.length() + 2) + 20)
                .append("insert into ").append(into).append(" values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
