package id.gerbang.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The embedded database's bulk writer: JDBC batches of {@code insert} or, for
 * {@link WriteMode#UPSERT}, H2's {@code merge into ... key (...)}; one transaction per chunk.
 */
final class H2BatchWriter implements ResidentBulkWriter {

    private static final int BATCH = 2_000;

    private final Connection connection;
    private final PreparedStatement families;
    private final PreparedStatement residents;
    private final int chunkSize;
    private int familiesBatched;
    private int residentsBatched;
    private int inChunk;
    private long written;
    private boolean closed;

    H2BatchWriter(DataSource dataSource, WriteMode mode, int chunkSize) throws SQLException {
        this.chunkSize = chunkSize;
        this.connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            families = connection.prepareStatement(statement(mode, "family", "no_kk", RegisterColumns.FAMILY));
            residents = connection.prepareStatement(statement(mode, "resident", "nik", RegisterColumns.RESIDENT));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String statement(WriteMode mode, String table, String key, List<String> columns) {
        String head = mode == WriteMode.INSERT
                ? "insert into " + table + " (" + RegisterColumns.list(columns) + ")"
                : "merge into " + table + " (" + RegisterColumns.list(columns) + ") key (" + key + ")";
        return head + " values (" + RegisterColumns.placeholders(columns) + ")";
    }

    @Override
    public void family(FamilyRow f) {
        try {
            PreparedStatement s = families;
            s.setLong(1, f.noKk());
            s.setString(2, f.address());
            s.setString(3, f.dusun());
            optional(s, 4, f.rt());
            optional(s, 5, f.rw());
            s.setInt(6, f.provinceNo());
            s.setInt(7, f.regencyNo());
            s.setInt(8, f.districtNo());
            s.setInt(9, f.villageNo());
            s.setString(10, f.postalCode());
            s.addBatch();
            if (++familiesBatched >= BATCH) {
                executeFamilies();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void resident(ResidentRow r) {
        try {
            PreparedStatement s = residents;
            s.setLong(1, r.nik());
            s.setLong(2, r.noKk());
            s.setString(3, r.fullName());
            s.setInt(4, r.sex());
            s.setString(5, r.placeOfBirth());
            date(s, 6, r.dateOfBirth());
            s.setInt(7, r.religion());
            s.setInt(8, r.maritalStatus());
            s.setInt(9, r.occupation());
            s.setInt(10, r.education());
            optional(s, 11, r.bloodType());
            s.setInt(12, r.familyRelationship());
            s.setString(13, r.motherName());
            s.setString(14, r.fatherName());
            optional(s, 15, r.motherNik());
            optional(s, 16, r.fatherNik());
            s.setString(17, r.ektpStatus() == null ? null : r.ektpStatus().name());
            s.setString(18, r.birthCertificateNo());
            date(s, 19, r.marriageDate());
            s.setString(20, r.marriageCertificateNo());
            date(s, 21, r.divorceDate());
            s.setString(22, r.divorceCertificateNo());
            optional(s, 23, r.disability());
            s.setInt(24, r.citizenship());
            s.setString(25, r.recordStatus().name());
            date(s, 26, r.statusDate());
            s.addBatch();
            if (++residentsBatched >= BATCH) {
                // families first, so a resident never waits in the database for its family row
                executeFamilies();
                residents.executeBatch();
                residentsBatched = 0;
            }
            if (++inChunk >= chunkSize) {
                commit();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void executeFamilies() throws SQLException {
        if (familiesBatched > 0) {
            families.executeBatch();
            familiesBatched = 0;
        }
    }

    private void commit() throws SQLException {
        executeFamilies();
        if (residentsBatched > 0) {
            residents.executeBatch();
            residentsBatched = 0;
        }
        connection.commit();
        written += inChunk;
        inChunk = 0;
    }

    private BulkLoadFailedException failed(SQLException e) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            e.addSuppressed(rollback);
        }
        familiesBatched = 0;
        residentsBatched = 0;
        inChunk = 0;
        return new BulkLoadFailedException("a chunk could not be loaded", e);
    }

    @Override
    public long finish() {
        try {
            commit();
        } catch (SQLException e) {
            throw failed(e);
        }
        return written;
    }

    @Override
    public long residentsWritten() {
        return written;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection; families; residents) {
            connection.rollback();
        } catch (SQLException e) {
            throw new BulkLoadFailedException("could not release the loading session", e);
        }
    }

    private static void optional(PreparedStatement s, int index, int value) throws SQLException {
        if (value == 0) {
            s.setNull(index, Types.SMALLINT);
        } else {
            s.setInt(index, value);
        }
    }

    private static void optional(PreparedStatement s, int index, long value) throws SQLException {
        if (value == 0) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void date(PreparedStatement s, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, value);
        }
    }
}
