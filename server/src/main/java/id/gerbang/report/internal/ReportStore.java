package id.gerbang.report.internal;

import id.gerbang.report.AgencyStatements;
import id.gerbang.report.ReportDocument;
import id.gerbang.report.ReportStatus;
import id.gerbang.report.ReportVersion;
import id.gerbang.report.Semester;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code report_semester} and {@code report_version} (V1100). */
@Repository
public class ReportStore {

    private static final String VERSION_COLUMNS = "version, storage_text, dissemination_text, incidents_text, "
            + "statement_name, statement_sha256, checkpoint_seq, pdf_sha256, submitted_at, submitted_by, decision, "
            + "decided_at, decided_by, notes";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report row without its versions. */
    public record Row(long id, long agencyId, Semester semester, ReportStatus status) {
    }

    public Optional<Long> idOf(long agencyId, Semester semester) {
        return jdbc.sql("select id from report_semester where agency_id = ? and sem_year = ? and sem_half = ?")
                .params(agencyId, semester.year(), semester.half()).query(Long.class).optional();
    }

    /** Creates the report with an empty first version. */
    public long create(long agencyId, Semester semester, String actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report_semester (agency_id, sem_year, sem_half, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(agencyId, semester.year(), semester.half(), ReportStatus.DRAFT.name(), ts(at), actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("insert into report_version (report_id, version, storage_text, dissemination_text, incidents_text) "
                + "values (?, 1, '', '', '')").params(id).update();
        return id;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select id, agency_id, sem_year, sem_half, status from report_semester where id = ?").params(id)
                .query(ReportStore::row).optional();
    }

    /** Reports of one agency (every agency when null), in a status (any when null), newest semester first. */
    public List<Row> list(@Nullable Long agencyId, @Nullable ReportStatus status) {
        return jdbc.sql("select id, agency_id, sem_year, sem_half, status from report_semester where "
                        + "(cast(:agency as bigint) is null or agency_id = :agency) and "
                        + "(cast(:status as varchar(16)) is null or status = :status) "
                        + "order by sem_year desc, sem_half desc, agency_id")
                .param("agency", agencyId).param("status", status == null ? null : status.name())
                .query(ReportStore::row).list();
    }

    public List<ReportVersion> versions(long reportId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from report_version where report_id = ? order by version")
                .params(reportId).query(ReportStore::version).list();
    }

    public void setStatus(long reportId, ReportStatus status) {
        jdbc.sql("update report_semester set status = ? where id = ?").params(status.name(), reportId).update();
    }

    public void putStatements(long reportId, int version, AgencyStatements s) {
        jdbc.sql("update report_version set storage_text = ?, dissemination_text = ?, incidents_text = ? "
                        + "where report_id = ? and version = ? and submitted_at is null")
                .params(s.storage(), s.dissemination(), s.incidents(), reportId, version).update();
    }

    public void putStatement(long reportId, int version, String name, byte[] pdf, String sha256) {
        jdbc.sql("update report_version set statement_name = ?, statement_pdf = ?, statement_sha256 = ? "
                        + "where report_id = ? and version = ? and submitted_at is null")
                .params(name, pdf, sha256, reportId, version).update();
    }

    /** Starts the next version from the texts and statement of {@code previous}. */
    public void copyVersion(long reportId, int previous) {
        jdbc.sql("insert into report_version (report_id, version, storage_text, dissemination_text, incidents_text, "
                        + "statement_name, statement_pdf, statement_sha256) select report_id, version + 1, storage_text, "
                        + "dissemination_text, incidents_text, statement_name, statement_pdf, statement_sha256 "
                        + "from report_version where report_id = ? and version = ?")
                .params(reportId, previous).update();
    }

    public void submit(long reportId, int version, long checkpointId, long checkpointSeq, byte[] pdf, String pdfSha256,
            byte[] xlsx, String actor, Instant at) {
        jdbc.sql("update report_version set checkpoint_id = ?, checkpoint_seq = ?, pdf = ?, pdf_sha256 = ?, xlsx = ?, "
                        + "submitted_at = ?, submitted_by = ? where report_id = ? and version = ? and submitted_at is null")
                .params(checkpointId, checkpointSeq, pdf, pdfSha256, xlsx, ts(at), actor, reportId, version).update();
    }

    public void decide(long reportId, int version, ReportStatus decision, String actor, Instant at,
            @Nullable String notes) {
        jdbc.sql("update report_version set decision = ?, decided_at = ?, decided_by = ?, notes = ? "
                        + "where report_id = ? and version = ? and decision is null")
                .params(decision.name(), ts(at), actor, notes, reportId, version).update();
    }

    public Optional<byte[]> document(long reportId, int version, ReportDocument.Kind kind) {
        String column = switch (kind) {
            case PDF -> "pdf";
            case XLSX -> "xlsx";
            case STATEMENT -> "statement_pdf";
        };
        return jdbc.sql("select " + column + " from report_version where report_id = ? and version = ?")
                .params(reportId, version).query((rs, n) -> rs.getBytes(1)).optional()
                .filter(b -> b != null);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), new Semester(rs.getInt(3), rs.getInt(4)),
                ReportStatus.valueOf(rs.getString(5)));
    }

    private static ReportVersion version(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(11);
        long seq = rs.getLong(7);
        Long checkpointSeq = rs.wasNull() ? null : seq;
        return new ReportVersion(rs.getInt(1), new AgencyStatements(rs.getString(2), rs.getString(3), rs.getString(4)),
                rs.getString(5), rs.getString(6), checkpointSeq, rs.getString(8), instant(rs, 9), rs.getString(10),
                decision == null ? null : ReportStatus.valueOf(decision), instant(rs, 12), rs.getString(13),
                rs.getString(14));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
