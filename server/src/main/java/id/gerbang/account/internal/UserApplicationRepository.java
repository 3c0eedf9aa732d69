package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.UserApplication;
import id.gerbang.account.ReviewWorkflow;
import id.gerbang.account.StatusChange;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code account_user_application} and its events. */
@Repository
public class UserApplicationRepository implements ReviewWorkflow.Store<UserApplication, UserApplication.Status> {

    private static final String COLUMNS = "id, agency_id, agreement_id, requested_role, nik, full_name, nip, "
            + "employment_status, position, office_region_code, office_name, office_address, local_user_id, status, "
            + "submitted_by, submitted_at, decided_by, decided_at, decision_reason, issued_user_id";

    private final JdbcClient jdbc;
    private final ReviewRecords records;

    UserApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.records = new ReviewRecords(jdbc, "account_user_application", "account_user_application_event",
                "application_id");
    }

    public long insert(UserApplication a) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account_user_application (agency_id, agreement_id, requested_role, nik, full_name, nip, "
                        + "employment_status, position, office_region_code, office_name, office_address, local_user_id, "
                        + "status, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.agency().value(), a.agreement() == null ? null : a.agreement().value(), a.requestedRole().name(),
                        a.nik(), a.fullName(), a.nip(), a.employmentStatus().name(), a.position(), a.officeRegionCode(),
                        a.officeName(), a.officeAddress(), a.localUserId(), a.status().name(), a.submittedBy(),
                        Jdbc.ts(a.submittedAt()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    @Override
    public Optional<UserApplication> find(long id) {
        return records.one(COLUMNS, id, false, UserApplicationRepository::map);
    }

    @Override
    public Optional<UserApplication> findForUpdate(long id) {
        return records.one(COLUMNS, id, true, UserApplicationRepository::map);
    }

    public List<UserApplication> list(@Nullable AgencyId agency, UserApplication.@Nullable Status status) {
        return records.list(COLUMNS, agency, status, "id desc", UserApplicationRepository::map);
    }

    public void decide(long id, UserApplication.Status status, String actor, Instant at, @Nullable String reason,
            @Nullable String issuedUserId) {
        jdbc.sql("update account_user_application set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                        + "issued_user_id = ? where id = ?")
                .params(status.name(), actor, Jdbc.ts(at), reason, issuedUserId, id).update();
    }

    @Override
    public void addEvent(long id, UserApplication.@Nullable Status from, UserApplication.Status to, String actor,
            Instant at, @Nullable String reason) {
        records.addEvent(id, from, to, actor, at, reason);
    }

    @Override
    public List<StatusChange> events(long id) {
        return records.events(id);
    }

    private static UserApplication map(ResultSet rs, int row) throws SQLException {
        Long agreement = Jdbc.nullableLong(rs, "agreement_id");
        return new UserApplication(
                rs.getLong("id"),
                new AgencyId(rs.getLong("agency_id")),
                agreement == null ? null : new AgreementId(agreement),
                Roles.valueOf(rs.getString("requested_role")),
                rs.getString("nik"),
                rs.getString("full_name"),
                rs.getString("nip"),
                UserApplication.EmploymentStatus.valueOf(rs.getString("employment_status")),
                rs.getString("position"),
                rs.getString("office_region_code"),
                rs.getString("office_name"),
                rs.getString("office_address"),
                rs.getString("local_user_id"),
                UserApplication.Status.valueOf(rs.getString("status")),
                rs.getString("submitted_by"),
                Objects.requireNonNull(Jdbc.instant(rs, "submitted_at")),
                rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"),
                rs.getString("decision_reason"),
                rs.getString("issued_user_id"));
    }
}
