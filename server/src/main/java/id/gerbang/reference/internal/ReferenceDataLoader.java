package id.gerbang.reference.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.ReferenceError;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the reference tables from the CSV files. Each dataset (a table set and the files it comes
 * from) is loaded in one transaction, under a row lock on its {@code ref_dataset} row so two
 * instances starting together do not load twice; it is skipped when the SHA-256 of its files
 * equals the stored one. Inserts go in JDBC batches.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

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
        List<Outcome> outcomes = new ArrayList<>();
        for (Dataset dataset : datasets()) {
            outcomes.add(load(dataset, force));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int rows = outcomes.stream().filter(Outcome::loaded).mapToInt(Outcome::rows).sum();
        log.info("Reference data: {} of {} datasets loaded ({} rows) in {} ms from {}",
                outcomes.stream().filter(Outcome::loaded).count(), outcomes.size(), rows, millis,
                properties.location());
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
            int rows = dataset.filler().fill(tables);
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
        return batch("insert into ref_region (code, name, region_level, parent_code) values (?, ?, ?, ?)",
                rows, (ps, r) -> {
                    ps.setString(1, r.code());
                    ps.setString(2, r.name());
                    ps.setString(3, r.level().name());
                    setNullable(ps, 4, r.parent());
                });
    }

    private int insertHistory(List<RegionFiles.HistoryRow> rows) {
        return batch("insert into ref_region_history (code, latest_name, region_level, parent_code, first_seen, "
                + "last_seen, in_current) values (?, ?, ?, ?, ?, ?, ?)", rows, (ps, r) -> {
                    ps.setString(1, r.code());
                    ps.setString(2, r.latestName());
                    ps.setString(3, r.level().name());
                    setNullable(ps, 4, r.parent());
                    ps.setShort(5, (short) r.firstSeen());
                    ps.setShort(6, (short) r.lastSeen());
                    ps.setBoolean(7, r.current());
                });
    }

    private int insertRecodes(List<RegionFiles.RecodeRow> rows) {
        return batch("insert into ref_region_recode (old_code, new_code, old_name, basis) values (?, ?, ?, ?)",
                rows, (ps, r) -> {
                    ps.setString(1, r.oldCode());
                    ps.setString(2, r.newCode());
                    ps.setString(3, r.oldName());
                    ps.setString(4, r.basis());
                });
    }

    private int insertCodes(CodeListFiles.Parsed parsed) {
        int codes = batch("insert into ref_code (list_name, code, label, note) values (?, ?, ?, ?)",
                parsed.codes(), (ps, r) -> {
                    ps.setString(1, r.list().name());
                    ps.setInt(2, r.code());
                    ps.setString(3, r.label());
                    setNullable(ps, 4, r.note());
                });
        int aliases = batch("insert into ref_code_alias (list_name, alias, code, source) values (?, ?, ?, ?)",
                parsed.aliases(), (ps, r) -> {
                    ps.setString(1, r.list().name());
                    ps.setString(2, r.alias());
                    ps.setInt(3, r.code());
                    ps.setString(4, r.source());
                });
        return codes + aliases;
    }

    private <T> int batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        jdbc.batchUpdate(sql, rows, properties.batchSize(), setter);
        return rows.size();
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
