package id.gerbang.report.internal;

import id.gerbang.report.Finding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code report_finding} (V1110). */
@Repository
public class FindingStore {

    private static final String COLUMNS = "id, agency_id, report_id, kind, severity, evidence, evidence_link, "
            + "follow_up, status, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long agencyId, @Nullable Long reportId, Finding.Kind kind, Finding.Severity severity,
            String evidence, @Nullable String link, String followUp, String actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report_finding (agency_id, report_id, kind, severity, evidence, evidence_link, follow_up, "
                        + "status, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agencyId, reportId, kind.name(), severity.name(), evidence, link, followUp,
                        Finding.Status.OPEN.name(), ts(at), actor, ts(at), actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long id, String followUp, Finding.Status status, String actor, Instant at) {
        jdbc.sql("update report_finding set follow_up = ?, status = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(followUp, status.name(), ts(at), actor, id).update();
    }

    public Optional<Finding> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report_finding where id = ?").params(id)
                .query(FindingStore::finding).optional();
    }

    public List<Finding> ofReport(long reportId) {
        return jdbc.sql("select " + COLUMNS + " from report_finding where report_id = ? order by id").params(reportId)
                .query(FindingStore::finding).list();
    }

    public List<Finding> ofAgency(long agencyId) {
        return jdbc.sql("select " + COLUMNS + " from report_finding where agency_id = ? order by id desc")
                .params(agencyId).query(FindingStore::finding).list();
    }

    /** Findings created from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<Finding> createdBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from report_finding where created_at >= ? and created_at < ? order by id")
                .params(ts(from), ts(to)).query(FindingStore::finding).list();
    }

    /** Open findings per agency (agencies without any are absent). */
    public Map<Long, Long> openByAgency() {
        return jdbc.sql("select agency_id, count(*) from report_finding where status = 'OPEN' group by agency_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Open findings of high severity per agency. */
    public Map<Long, Long> openHighByAgency() {
        return jdbc.sql("select agency_id, count(*) from report_finding where status = 'OPEN' and severity = 'HIGH' "
                        + "group by agency_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Finding finding(ResultSet rs, int n) throws SQLException {
        long report = rs.getLong(3);
        Long reportId = rs.wasNull() ? null : report;
        return new Finding(rs.getLong(1), rs.getLong(2), reportId, Finding.Kind.valueOf(rs.getString(4)),
                Finding.Severity.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                Finding.Status.valueOf(rs.getString(9)), rs.getObject(10, OffsetDateTime.class).toInstant(),
                rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant(), rs.getString(13));
    }

    private static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
