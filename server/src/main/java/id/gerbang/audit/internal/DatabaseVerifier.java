package id.gerbang.audit.internal;

import id.gerbang.audit.AuditError;
import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationProgress;
import id.gerbang.audit.VerificationReport;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Verifies a log in the database: streams the entries in sequence order through a
 * {@link ChainVerifier} with the checkpoints of the range, and checks that the database part of the
 * chain starts where the last signed archive ended. Verifying a whole log also checks that every
 * archive the database signed is still in the archive directory, file and manifest.
 */
@Component
public class DatabaseVerifier {

    private static final int FETCH_SIZE = 5000;

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final Path archiveDirectory;

    public DatabaseVerifier(DataSource dataSource, SigningKeys keys, AuditProperties properties) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.archiveDirectory = properties.archiveDirectory();
    }

    /** Verifies the log between two Jakarta dates (inclusive; {@code null}: from the start, to the end). */
    public VerificationReport verify(String logName, @Nullable LocalDate from, @Nullable LocalDate to) {
        return verify(logName, from, to, null);
    }

    /** As {@link #verify(String, LocalDate, LocalDate)}, telling {@code progress} how far the walk is. */
    public VerificationReport verify(String logName, @Nullable LocalDate from, @Nullable LocalDate to,
                                     @Nullable VerificationProgress progress) {
        if (!CheckpointService.LOGS.contains(logName)) {
            throw new GerbangException(AuditError.UNKNOWN_LOG);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        boolean access = "access".equals(logName);
        String table = access ? "audit_access_log" : "audit_admin_log";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                ChainHead archived = ChainHeads.archived(c, logName);
                long firstPosition = archived.lastSeq() + 1;
                byte @Nullable [] previous = archived.lastHash();
                if (from != null) {
                    Long first = boundary(c, access, table, true, from, archived.lastSeq());
                    if (first != null && first > firstPosition) {
                        firstPosition = first;
                        previous = hashOf(c, table, first - 1);
                    }
                }
                long lastPosition = Long.MAX_VALUE;
                if (to != null) {
                    Long last = boundary(c, access, table, false, to, archived.lastSeq());
                    lastPosition = last == null ? firstPosition - 1 : last;
                }
                VerificationReport report = walk(c, logName, archived, firstPosition, previous, lastPosition,
                        to == null, from == null, progress);
                return report;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verification failed: " + e.getSQLState(), e);
        }
    }

    /**
     * Verifies the entries with sequence numbers {@code from..to} (inclusive), starting from the stored
     * hash of entry {@code from - 1}, with the checkpoints that fall in the range.
     */
    public VerificationReport verifyRange(String logName, long from, long to) {
        if (!CheckpointService.LOGS.contains(logName)) {
            throw new GerbangException(AuditError.UNKNOWN_LOG);
        }
        String table = "access".equals(logName) ? "audit_access_log" : "audit_admin_log";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                ChainHead archived = ChainHeads.archived(c, logName);
                long first = Math.max(from, archived.lastSeq() + 1);
                byte @Nullable [] previous = first == archived.lastSeq() + 1 ? archived.lastHash()
                        : hashOf(c, table, first - 1);
                return walk(c, logName, archived, first, previous, to, false, false, null);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verification failed: " + e.getSQLState(), e);
        }
    }

    private VerificationReport walk(Connection c, String logName, ChainHead archived, long firstPosition,
                                    byte @Nullable [] previous, long lastPosition, boolean toTheEnd,
                                    boolean archivesToo, @Nullable VerificationProgress progress) throws SQLException {
        boolean access = "access".equals(logName);
        String table = access ? "audit_access_log" : "audit_admin_log";
        List<Checkpoint> checkpoints = Checkpoints.between(c, logName, firstPosition - 1,
                toTheEnd ? Long.MAX_VALUE : lastPosition);
        ChainVerifier verifier = new ChainVerifier(logName, "database", firstPosition, previous, checkpoints,
                keys.trustedKeys());
        if (firstPosition == archived.lastSeq() + 1 && archived.lastSeq() > 0) {
            checkArchiveLink(c, logName, archived, verifier);
        }
        if (archivesToo && archived.lastSeq() > 0) {
            checkArchiveFiles(c, logName, archived, verifier);
        }
        if (progress != null) {
            progress.started(firstPosition, lastPosition != Long.MAX_VALUE ? lastPosition : lastSeq(c, table));
        }
        stream(c, access, table, firstPosition, lastPosition, verifier, progress);
        return verifier.finish();
    }

    private static long lastSeq(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select max(seq) from " + table);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void stream(Connection c, boolean access, String table, long from, long to, ChainVerifier verifier,
                               @Nullable VerificationProgress progress) throws SQLException {
        long read = 0;
        String columns = access ? AccessRows.COLUMNS : AdminRows.COLUMNS;
        try (PreparedStatement ps = c.prepareStatement("select " + columns + " from " + table
                + " where seq >= ? and seq <= ? order by seq")) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (access) {
                        AccessRow row = AccessRows.read(rs);
                        LocalDate stored = AccessRows.storedDate(rs);
                        if (!JakartaTime.dateOf(row.time()).equals(stored)) {
                            verifier.inconsistency(FindingKind.ALTERED, row.seq(), "entry " + row.seq()
                                    + " has log date " + stored + " but its time " + row.time() + " is on "
                                    + JakartaTime.dateOf(row.time()) + " in Jakarta");
                        }
                        verifier.accept(row.link());
                    } else {
                        verifier.accept(AdminRows.read(rs).link());
                    }
                    if (progress != null && ++read % FETCH_SIZE == 0) {
                        progress.reached(rs.getLong(1));
                    }
                }
            }
        }
    }

    /** The database part of the chain must start where a signed archive manifest says the archive ended. */
    private void checkArchiveLink(Connection c, String logName, ChainHead archived, ChainVerifier verifier)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select manifest from audit_archive where log_name = ? "
                + "and last_seq = ? order by id desc")) {
            ps.setString(1, logName);
            ps.setLong(2, archived.lastSeq());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    verifier.inconsistency(FindingKind.ARCHIVE_INVALID, archived.lastSeq(), "the log says entries up "
                            + "to " + archived.lastSeq() + " were archived, but no archive manifest records it");
                    return;
                }
                ArchiveManifest manifest = ArchiveManifest.parse(rs.getString(1));
                String problem = manifest.problem(keys.trustedKeys());
                if (problem != null) {
                    verifier.inconsistency(FindingKind.ARCHIVE_INVALID, archived.lastSeq(), problem);
                } else if (!ChainCodec.same(manifest.lastHash(), archived.lastHash())) {
                    verifier.inconsistency(FindingKind.ARCHIVE_INVALID, archived.lastSeq(), "the archived head "
                            + "hash in the database differs from the signed archive manifest " + manifest.file());
                }
            } catch (RuntimeException e) {
                verifier.inconsistency(FindingKind.ARCHIVE_INVALID, archived.lastSeq(),
                        "the archive manifest in the database cannot be read: " + e.getMessage());
            }
        }
    }

    /**
     * Every archive the database signed must still be in the archive directory (its file and its
     * manifest), and together they must hold every archived entry from the first on.
     */
    private void checkArchiveFiles(Connection c, String logName, ChainHead archived, ChainVerifier verifier)
            throws SQLException {
        Path dir = archiveDirectory.resolve(logName);
        long expected = 1;
        try (PreparedStatement ps = c.prepareStatement("select file_name, first_seq, last_seq from audit_archive "
                + "where log_name = ? order by first_seq, id")) {
            ps.setString(1, logName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String file = rs.getString(1);
                    long first = rs.getLong(2);
                    long last = rs.getLong(3);
                    if (first > expected) {
                        verifier.inconsistency(FindingKind.ARCHIVE_MISSING, expected, "entries " + expected + ".."
                                + (first - 1) + " were archived, but the database records no archive of them");
                    }
                    Path manifest = dir.resolve(file.replace(".jsonl.gz", ".manifest.json"));
                    if (!Files.isRegularFile(dir.resolve(file)) || !Files.isRegularFile(manifest)) {
                        verifier.inconsistency(FindingKind.ARCHIVE_MISSING, first, "the signed archive " + file
                                + " (entries " + first + ".." + last + ") is missing from " + dir
                                + (Files.isRegularFile(manifest) ? "" : " (its manifest too)"));
                    }
                    expected = Math.max(expected, last + 1);
                }
            }
        }
        if (expected <= archived.lastSeq()) {
            verifier.inconsistency(FindingKind.ARCHIVE_MISSING, expected, "entries " + expected + ".."
                    + archived.lastSeq() + " were archived, but the database records no archive of them");
        }
    }

    private static byte @Nullable [] hashOf(Connection c, String table, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select hash from " + table + " where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** The first entry on or after a Jakarta day, or the last entry on or before it. */
    private static @Nullable Long boundary(Connection c, boolean access, String table, boolean first, LocalDate day,
                                           long after) throws SQLException {
        String condition = access ? (first ? "log_date >= ?" : "log_date <= ?")
                : (first ? "logged_at >= ?" : "logged_at < ?");
        try (PreparedStatement ps = c.prepareStatement("select " + (first ? "min" : "max") + "(seq) from " + table
                + " where " + condition + " and seq > ?")) {
            if (access) {
                ps.setObject(1, day);
            } else {
                ps.setObject(1, OffsetDateTime.ofInstant(JakartaTime.startOf(first ? day : day.plusDays(1)),
                        ZoneOffset.UTC));
            }
            ps.setLong(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }
}
