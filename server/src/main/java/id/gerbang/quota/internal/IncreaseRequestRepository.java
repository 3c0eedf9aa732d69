package id.gerbang.quota.internal;

import id.gerbang.account.ReviewWorkflow;
import id.gerbang.common.Jdbc;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.quota.IncreaseRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code quota_increase_request}. */
@Repository
public class IncreaseRequestRepository implements ReviewWorkflow.Store<IncreaseRequest, IncreaseRequest.Status> {

    private static final String COLUMNS = "id, agreement_id, agency_id, current_quota, requested_quota, requested_from, "
            + "reason, status, submitted_by, submitted_at, decided_by, decided_at, decision_reason, approved_quota, "
            + "approved_from, reference";
    /** The request with its technical study's description, when it has one. */
    private static final String WITH_STUDY = "select r.*, s.file_name, s.size_bytes, s.sha256, s.uploaded_by, "
            + "s.uploaded_at from quota_increase_request r left join quota_increase_study s on s.request_id = r.id";

    private final JdbcClient jdbc;

    IncreaseRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(AgreementId agreement, AgencyId agency, int currentQuota, int requestedQuota,
            LocalDate requestedFrom, String reason, String actor, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into quota_increase_request (agreement_id, agency_id, current_quota, requested_quota, "
                        + "requested_from, reason, status, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
                .params(agreement.value(), agency.value(), currentQuota, requestedQuota, requestedFrom, reason, actor,
                        Jdbc.ts(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    @Override
    public Optional<IncreaseRequest> find(long id) {
        return jdbc.sql(WITH_STUDY + " where r.id = ?").param(id)
                .query(IncreaseRequestRepository::mapWithStudy).optional();
    }

    @Override
    public Optional<IncreaseRequest> findForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from quota_increase_request where id = ? for update").param(id)
                .query(IncreaseRequestRepository::map).optional();
    }

    public List<IncreaseRequest> list(@Nullable AgencyId agency, @Nullable AgreementId agreement,
            IncreaseRequest.@Nullable Status status) {
        StringBuilder sql = new StringBuilder(WITH_STUDY + " where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agency != null) {
            sql.append(" and r.agency_id = ?");
            params.add(agency.value());
        }
        if (agreement != null) {
            sql.append(" and r.agreement_id = ?");
            params.add(agreement.value());
        }
        if (status != null) {
            sql.append(" and r.status = ?");
            params.add(status.name());
        }
        sql.append(" order by r.id desc");
        return jdbc.sql(sql.toString()).params(params).query(IncreaseRequestRepository::mapWithStudy).list();
    }

    public void decide(long id, IncreaseRequest.Status status, String actor, Instant at, @Nullable String reason,
            @Nullable Integer approvedQuota, @Nullable LocalDate approvedFrom, @Nullable String reference) {
        jdbc.sql("update quota_increase_request set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                        + "approved_quota = ?, approved_from = ?, reference = ? where id = ?")
                .params(status.name(), actor, Jdbc.ts(at), reason, approvedQuota, approvedFrom, reference, id).update();
    }

    private static IncreaseRequest mapWithStudy(ResultSet rs, int row) throws SQLException {
        IncreaseRequest request = map(rs, row);
        return rs.getString("file_name") == null ? request : request.withStudy(StudyRepository.meta(rs, row));
    }

    /** Without the study (a locking read cannot join its optional row on PostgreSQL). */
    private static IncreaseRequest map(ResultSet rs, int row) throws SQLException {
        int approved = rs.getInt("approved_quota");
        Integer approvedQuota = rs.wasNull() ? null : approved;
        return new IncreaseRequest(
                rs.getLong("id"),
                new AgreementId(rs.getLong("agreement_id")),
                new AgencyId(rs.getLong("agency_id")),
                rs.getInt("current_quota"),
                rs.getInt("requested_quota"),
                rs.getObject("requested_from", LocalDate.class),
                rs.getString("reason"),
                IncreaseRequest.Status.valueOf(rs.getString("status")),
                rs.getString("submitted_by"),
                Objects.requireNonNull(Jdbc.instant(rs, "submitted_at")),
                rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"),
                rs.getString("decision_reason"),
                approvedQuota,
                rs.getObject("approved_from", LocalDate.class),
                rs.getString("reference"),
                null);
    }
}
