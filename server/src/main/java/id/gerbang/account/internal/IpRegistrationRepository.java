package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.ReviewWorkflow;
import id.gerbang.account.StatusChange;
import id.gerbang.agreement.AgencyId;
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

/** {@code account_registered_ip} and its events. */
@Repository
public class IpRegistrationRepository implements ReviewWorkflow.Store<IpRegistration, IpRegistration.Status> {

    private static final String COLUMNS = "id, agency_id, network, office_name, office_address, status, requested_by, "
            + "requested_at, decided_by, decided_at, decision_reason, removed_by, removed_at, removal_reason";

    private final JdbcClient jdbc;
    private final ReviewRecords records;

    IpRegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.records = new ReviewRecords(jdbc, "account_registered_ip", "account_registered_ip_event",
                "registration_id");
    }

    public long insert(AgencyId agency, String network, String officeName, String officeAddress, String actor, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account_registered_ip (agency_id, network, office_name, office_address, status, "
                        + "requested_by, requested_at) values (?, ?, ?, ?, 'REQUESTED', ?, ?)")
                .params(agency.value(), network, officeName, officeAddress, actor, Jdbc.ts(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    @Override
    public Optional<IpRegistration> find(long id) {
        return records.one(COLUMNS, id, false, IpRegistrationRepository::map);
    }

    @Override
    public Optional<IpRegistration> findForUpdate(long id) {
        return records.one(COLUMNS, id, true, IpRegistrationRepository::map);
    }

    /** Registrations of the agency for that network that are requested or active. */
    public boolean isOpen(AgencyId agency, String network) {
        return jdbc.sql("select count(*) from account_registered_ip where agency_id = ? and network = ? "
                        + "and status in ('REQUESTED', 'ACTIVE')")
                .params(agency.value(), network).query(Integer.class).single() > 0;
    }

    public List<IpRegistration> list(@Nullable AgencyId agency, IpRegistration.@Nullable Status status) {
        return records.list(COLUMNS, agency, status, "id", IpRegistrationRepository::map);
    }

    /** Every active registration: agency and network. */
    public List<IpRegistration> active() {
        return list(null, IpRegistration.Status.ACTIVE);
    }

    public void decide(long id, IpRegistration.Status status, String actor, Instant at, @Nullable String reason) {
        jdbc.sql("update account_registered_ip set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? "
                        + "where id = ?")
                .params(status.name(), actor, Jdbc.ts(at), reason, id).update();
    }

    public void remove(long id, String actor, Instant at, String reason) {
        jdbc.sql("update account_registered_ip set status = 'REMOVED', removed_by = ?, removed_at = ?, removal_reason = ? "
                        + "where id = ?")
                .params(actor, Jdbc.ts(at), reason, id).update();
    }

    @Override
    public void addEvent(long id, IpRegistration.@Nullable Status from, IpRegistration.Status to, String actor,
            Instant at, @Nullable String reason) {
        records.addEvent(id, from, to, actor, at, reason);
    }

    @Override
    public List<StatusChange> events(long id) {
        return records.events(id);
    }

    private static IpRegistration map(ResultSet rs, int row) throws SQLException {
        return new IpRegistration(
                rs.getLong("id"),
                new AgencyId(rs.getLong("agency_id")),
                rs.getString("network"),
                rs.getString("office_name"),
                rs.getString("office_address"),
                IpRegistration.Status.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                Objects.requireNonNull(Jdbc.instant(rs, "requested_at")),
                rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"),
                rs.getString("decision_reason"),
                rs.getString("removed_by"),
                Jdbc.instant(rs, "removed_at"),
                rs.getString("removal_reason"));
    }
}
