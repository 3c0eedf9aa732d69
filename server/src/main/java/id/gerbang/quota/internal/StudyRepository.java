package id.gerbang.quota.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.quota.StudyDocument;
import id.gerbang.quota.TechnicalStudy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code quota_increase_study}: at most one technical study per quota-increase request. */
@Repository
public class StudyRepository {

    private static final String META = "file_name, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    StudyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores (or replaces) the study of request {@code requestId}. */
    public void put(long requestId, String fileName, byte[] content, byte[] sha256, String actor, Instant at) {
        jdbc.sql("delete from quota_increase_study where request_id = ?").param(requestId).update();
        jdbc.sql("insert into quota_increase_study (request_id, file_name, size_bytes, sha256, content, uploaded_by, "
                        + "uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, fileName, (long) content.length, sha256, content, actor, Jdbc.ts(at))
                .update();
    }

    public Optional<TechnicalStudy> find(long requestId) {
        return jdbc.sql("select " + META + " from quota_increase_study where request_id = ?").param(requestId)
                .query(StudyRepository::meta).optional();
    }

    public Optional<StudyDocument> document(long requestId) {
        return jdbc.sql("select " + META + ", content from quota_increase_study where request_id = ?").param(requestId)
                .query((rs, n) -> new StudyDocument(meta(rs, n), rs.getBytes("content"))).optional();
    }

    static TechnicalStudy meta(ResultSet rs, int row) throws SQLException {
        return new TechnicalStudy(rs.getString("file_name"), rs.getLong("size_bytes"),
                HexFormat.of().formatHex(rs.getBytes("sha256")), rs.getString("uploaded_by"),
                Objects.requireNonNull(Jdbc.instant(rs, "uploaded_at")));
    }
}
