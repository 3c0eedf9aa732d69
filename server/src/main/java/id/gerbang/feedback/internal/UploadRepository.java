package id.gerbang.feedback.internal;

import id.gerbang.common.NodeName;
import id.gerbang.feedback.Upload;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code feedback_upload} (V932): each upload, its progress and its sealed error workbook. */
@Repository
public class UploadRepository {

    private static final String COLUMNS = "upload_id, user_id, file_name, status, rows_total, rows_done, accepted, "
            + "duplicates, refused, failure, error_book is not null as has_errors, created_at, finished_at";

    /** Uploads left unfinished by another node for this long are taken for abandoned (that node did not come back). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private final JdbcClient jdbc;
    private final String node;

    UploadRepository(JdbcClient jdbc, NodeName node) {
        this.jdbc = jdbc;
        this.node = node.value();
    }

    public void create(String id, long agency, String userId, String fileName, String language, Instant at) {
        jdbc.sql("insert into feedback_upload (upload_id, agency_id, user_id, file_name, language, status, rows_total, "
                + "rows_done, accepted, duplicates, refused, created_at, node) values (?, ?, ?, ?, ?, 'QUEUED', 0, 0, 0, 0, 0, ?, ?)")
                .params(id, agency, userId, fileName, language, at.atOffset(ZoneOffset.UTC), node).update();
    }

    void running(String id, int total) {
        jdbc.sql("update feedback_upload set status = 'RUNNING', rows_total = ? where upload_id = ?").params(total, id).update();
    }

    void progress(String id, int done, int accepted, int duplicates, int refused) {
        jdbc.sql("update feedback_upload set rows_done = ?, accepted = ?, duplicates = ?, refused = ? where upload_id = ?")
                .params(done, accepted, duplicates, refused, id).update();
    }

    void finish(String id, Upload.Status status, @Nullable String failure, @Nullable String keyId,
            byte @Nullable [] errorBook, Instant at) {
        jdbc.sql("update feedback_upload set status = ?, failure = ?, key_id = ?, error_book = ?, finished_at = ? "
                + "where upload_id = ?")
                .params(status.name(), failure, keyId, errorBook, at.atOffset(ZoneOffset.UTC), id).update();
    }

    /**
     * Marks the jobs this node left unfinished when it stopped (its workbooks went with the process),
     * and those of any node unfinished for {@link #ABANDONED_AFTER}; a job another node is running
     * stays (issue 20). Returns how many.
     */
    int interruptUnfinished(Instant at) {
        return jdbc.sql("update feedback_upload set status = 'INTERRUPTED', failure = 'INTERRUPTED', finished_at = ? "
                + "where status in ('QUEUED', 'RUNNING') and (node is null or node = ? or created_at < ?)")
                .params(at.atOffset(ZoneOffset.UTC), node, at.minus(ABANDONED_AFTER).atOffset(ZoneOffset.UTC)).update();
    }

    public Optional<Upload> find(long agency, String id) {
        return jdbc.sql("select " + COLUMNS + " from feedback_upload where agency_id = ? and upload_id = ?")
                .params(agency, id).query(UploadRepository::map).optional();
    }

    public List<Upload> recent(long agency, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feedback_upload where agency_id = ? order by created_at desc, upload_id "
                + "fetch first " + limit + " rows only").param(agency).query(UploadRepository::map).list();
    }

    public record SealedBook(String keyId, byte[] value) {
    }

    public Optional<SealedBook> errorBook(long agency, String id) {
        return jdbc.sql("select key_id, error_book from feedback_upload where agency_id = ? and upload_id = ? "
                + "and error_book is not null").params(agency, id)
                .query((rs, n) -> new SealedBook(rs.getString(1), rs.getBytes(2))).optional();
    }

    private static Upload map(ResultSet rs, int n) throws SQLException {
        var finished = rs.getObject("finished_at", java.time.OffsetDateTime.class);
        return new Upload(rs.getString("upload_id"), rs.getString("user_id"), rs.getString("file_name"),
                Upload.Status.valueOf(rs.getString("status")), rs.getInt("rows_total"), rs.getInt("rows_done"),
                rs.getInt("accepted"), rs.getInt("duplicates"), rs.getInt("refused"), rs.getString("failure"),
                rs.getBoolean("has_errors"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
