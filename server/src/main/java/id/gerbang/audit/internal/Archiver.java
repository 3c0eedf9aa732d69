package id.gerbang.audit.internal;

import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.VerificationReport;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves entries older than the retention period to signed archive files, one per log and Jakarta
 * month: {@code <log>/<log>-<yyyy-MM>-<firstSeq>.jsonl.gz} (gzip JSON lines, ADR 0034) with a signed
 * {@code .manifest.json} beside it. The chain is verified while it is written, so a tampered range
 * is never sealed. The database then records the archived head (the hash the first remaining entry
 * chains from) together with the manifest, and deletes the archived rows.
 */
@Component
public class Archiver implements SchedulingConfigurer {

    static final String JOB = "audit.archive";

    private static final Logger log = LoggerFactory.getLogger(Archiver.class);
    private static final int DELETE_CHUNK = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final CheckpointService checkpoints;
    private final AuditProperties properties;
    private final Clock clock;
    private final JobLock lock;

    Archiver(DataSource dataSource, SigningKeys keys, CheckpointService checkpoints, AuditProperties properties,
             Clock clock, JobLock lock) {
        this.lock = lock;
        this.dataSource = dataSource;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.archiveEnabled()) {
            registrar.addCronTask(new CronTask(this::archiveOncePerCluster,
                    new CronTrigger(properties.archiveCron(), JakartaTime.ZONE)));
        }
    }

    /**
     * The daily run: on one node per Jakarta day (issue 20, {@link JobLock#claimDay}); two nodes
     * writing the same archive files would race, and the files belong in one directory. A failed
     * run frees the day for the next scheduled run.
     */
    void archiveOncePerCluster() {
        LocalDate today = JakartaTime.today(clock);
        if (!lock.claimDay(JOB, today, Duration.ofHours(2))) {
            return;
        }
        boolean done = false;
        try {
            archiveExpired();
            done = true;
        } finally {
            lock.release(JOB, today, done);
        }
    }

    /** Archives what the retention period no longer keeps, in both logs. */
    public List<ArchiveManifest> archiveExpired() {
        LocalDate keepFrom = RetentionPolicy.firstDayKept(JakartaTime.today(clock), properties.retentionYears());
        List<ArchiveManifest> written = new ArrayList<>();
        for (String name : CheckpointService.LOGS) {
            try {
                written.addAll(archiveBefore(name, keepFrom));
            } catch (RuntimeException e) {
                log.error("Audit: archiving the {} log failed: {}", name, e.toString());
            }
        }
        return written;
    }

    /** Archives the entries of a log from before the given Jakarta day (the longest such prefix of the chain). */
    public synchronized List<ArchiveManifest> archiveBefore(String logName, LocalDate firstDayKept) {
        boolean access = "access".equals(logName);
        String table = access ? "audit_access_log" : "audit_admin_log";
        List<ArchiveManifest> written = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            ChainHead archived = ChainHeads.archived(c, logName);
            long through = lastToArchive(c, access, table, firstDayKept, archived.lastSeq());
            if (through <= archived.lastSeq()) {
                return written;
            }
            Path dir = properties.archiveDirectory().resolve(logName);
            Files.createDirectories(dir);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select " + (access ? AccessRows.COLUMNS : AdminRows.COLUMNS)
                    + " from " + table + " where seq > ? and seq <= ? order by seq")) {
                ps.setFetchSize(5000);
                ps.setLong(1, archived.lastSeq());
                ps.setLong(2, through);
                try (ResultSet rs = ps.executeQuery()) {
                    FileWriter file = null;
                    byte[] previous = archived.lastHash();
                    while (rs.next()) {
                        Instant time;
                        ChainLink link;
                        Object line;
                        if (access) {
                            AccessRow row = AccessRows.read(rs);
                            time = row.time();
                            link = row.link();
                            line = ArchiveLines.access(row);
                        } else {
                            AdminRow row = AdminRows.read(rs);
                            time = row.time();
                            link = row.link();
                            line = ArchiveLines.admin(row);
                        }
                        YearMonth month = YearMonth.from(JakartaTime.inJakarta(time));
                        if (file == null || !file.month.equals(month)) {
                            if (file != null) {
                                previous = file.lastHash;
                                written.add(file.seal());
                            }
                            file = new FileWriter(c, logName, dir, month, link.seq(), previous);
                        }
                        file.add(link, line);
                    }
                    if (file != null) {
                        written.add(file.seal());
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("archive failed: " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ArchiveManifest m : written) {
            deleteArchived(table, m);
        }
        if (!written.isEmpty()) {
            checkpoints.checkpoint(logName, Checkpoint.Reason.ARCHIVE);
            log.info("Audit: archived {} entries of the {} log into {} file(s)",
                    written.stream().mapToLong(ArchiveManifest::entryCount).sum(), logName, written.size());
        }
        return written;
    }

    private static long lastToArchive(Connection c, boolean access, String table, LocalDate firstDayKept,
                                      long after) throws SQLException {
        String condition = access ? "log_date >= ?" : "logged_at >= ?";
        try (PreparedStatement ps = c.prepareStatement("select min(seq), (select max(seq) from " + table
                + ") from " + table + " where " + condition + " and seq > ?")) {
            if (access) {
                ps.setObject(1, firstDayKept);
            } else {
                ps.setObject(1, OffsetDateTime.ofInstant(JakartaTime.startOf(firstDayKept), ZoneOffset.UTC));
            }
            ps.setLong(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long firstKept = rs.getLong(1);
                if (!rs.wasNull()) {
                    return firstKept - 1;
                }
                long max = rs.getLong(2);
                return rs.wasNull() ? after : max;
            }
        }
    }

    private void deleteArchived(String table, ArchiveManifest m) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (long from = m.firstSeq(); from <= m.lastSeq(); from += DELETE_CHUNK) {
                try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where seq >= ? and seq <= ?")) {
                    ps.setLong(1, from);
                    ps.setLong(2, Math.min(m.lastSeq(), from + DELETE_CHUNK - 1));
                    ps.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException e) {
            // The anchor already excludes these rows from the chain; the next run deletes what is left.
            log.warn("Audit: deleting archived entries {}..{} failed ({}); they are ignored and retried",
                    m.firstSeq(), m.lastSeq(), e.getSQLState());
        }
    }

    /** One archive file being written: lines, a running SHA-256, and a verifier over its chain. */
    private final class FileWriter {
        final Connection c;
        final String logName;
        final YearMonth month;
        final long firstSeq;
        final byte[] previousHash;
        final Path target;
        final Path temp;
        final FileOutputStream out;
        final DigestOutputStream digest;
        final BufferedWriter writer;
        final ChainVerifier verifier;
        final List<Checkpoint> covered = new ArrayList<>();
        long count;
        long lastSeq;
        byte[] lastHash;

        FileWriter(Connection c, String logName, Path dir, YearMonth month, long firstSeq, byte[] previousHash)
                throws IOException, SQLException {
            this.c = c;
            this.logName = logName;
            this.month = month;
            this.firstSeq = firstSeq;
            this.previousHash = previousHash;
            this.lastHash = previousHash;
            this.target = dir.resolve(logName + "-" + month + "-" + firstSeq + ".jsonl.gz");
            this.temp = dir.resolve(target.getFileName() + ".tmp");
            this.out = new FileOutputStream(temp.toFile());
            this.digest = new DigestOutputStream(out, ChainCodec.sha256());
            this.writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(digest, 65536),
                    StandardCharsets.UTF_8));
            this.verifier = new ChainVerifier(logName, target.toString(), firstSeq, previousHash,
                    List.of(), keys.trustedKeys());
            line(ArchiveLines.header(logName, firstSeq, previousHash));
        }

        void add(ChainLink link, Object entry) throws IOException {
            verifier.accept(link);
            line(entry);
            count++;
            lastSeq = link.seq();
            lastHash = link.hash();
        }

        private void line(Object value) throws IOException {
            writer.write(JSON.writeValueAsString(value));
            writer.write('\n');
        }

        ArchiveManifest seal() throws IOException, SQLException {
            writer.close();
            VerificationReport report = verifier.finish();
            if (!report.ok()) {
                Files.deleteIfExists(temp);
                throw new IllegalStateException("the " + logName + " log does not verify in " + firstSeq + ".."
                        + lastSeq + " (" + report.findings().getFirst().detail() + "); nothing was archived");
            }
            try (FileOutputStream sync = new FileOutputStream(temp.toFile(), true)) {
                sync.getChannel().force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            covered.addAll(Checkpoints.between(c, logName, firstSeq, lastSeq));
            Instant now = ChainCodec.truncate(clock.instant());
            byte[] sha = digest.getMessageDigest().digest();
            String name = target.getFileName().toString();
            byte[] signature = keys.sign(ArchiveManifest.payload(logName, name, sha, firstSeq, lastSeq, count,
                    previousHash, lastHash, now, keys.keyId()));
            ArchiveManifest manifest = new ArchiveManifest(logName, name, sha, firstSeq, lastSeq, count, previousHash,
                    lastHash, now, keys.keyId(), signature, covered);
            String manifestJson = manifest.toJson();
            Path manifestFile = target.resolveSibling(name.replace(".jsonl.gz", ".manifest.json"));
            Path manifestTemp = manifestFile.resolveSibling(manifestFile.getFileName() + ".tmp");
            Files.writeString(manifestTemp, manifestJson);
            Files.move(manifestTemp, manifestFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            record(manifest, manifestJson);
            return manifest;
        }

        /** On its own connection: committing on the streaming one would close its cursor. */
        private void record(ArchiveManifest m, String manifestJson) throws SQLException {
            try (Connection own = dataSource.getConnection()) {
                own.setAutoCommit(false);
                record(own, m, manifestJson);
                own.commit();
            }
        }

        private void record(Connection c, ArchiveManifest m, String manifestJson) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into audit_archive (log_name, file_name, first_seq, "
                    + "last_seq, previous_hash, last_hash, created_at, manifest) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, m.log());
                ps.setString(2, m.file());
                ps.setLong(3, m.firstSeq());
                ps.setLong(4, m.lastSeq());
                ps.setBytes(5, m.previousHash());
                ps.setBytes(6, m.lastHash());
                ps.setObject(7, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
                ps.setString(8, manifestJson);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update audit_chain_head set archived_through_seq = ?, "
                    + "archived_hash = ? where log_name = ? and archived_through_seq = ?")) {
                ps.setLong(1, m.lastSeq());
                ps.setBytes(2, m.lastHash());
                ps.setString(3, m.log());
                ps.setLong(4, m.firstSeq() - 1);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the " + m.log() + " log was archived meanwhile by another server");
                }
            }
        }
    }
}
