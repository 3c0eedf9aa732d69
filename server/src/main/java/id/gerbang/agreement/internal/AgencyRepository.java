package id.gerbang.agreement.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyStatusChange;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.ContactPerson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

    private static final String COLUMNS = "id, name, kind, address, region_code, status, status_reason, "
            + "status_changed_at, created_at, created_by, version";

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AgencyId insert(AgencyDetails details, Instant at, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agency (name, kind, address, region_code, status, status_reason, status_changed_at,
                                    created_at, created_by, version)
                values (:name, :kind, :address, :region, 'ACTIVE', null, :at, :at, :actor, 0)""")
                .param("name", details.name()).param("kind", details.kind().name())
                .param("address", details.address()).param("region", details.regionCode())
                .param("at", Jdbc.ts(at)).param("actor", actor)
                .update(keys, "id");
        return new AgencyId(keys.getKeyAs(Number.class).longValue());
    }

    Optional<AgencyView> find(AgencyId id) {
        return jdbc.sql("select " + COLUMNS + " from agency where id = ?").param(id.value())
                .query(AgencyRepository::map).optional()
                .map(a -> withContacts(a, contacts(List.of(id.value())).getOrDefault(id.value(), List.of())));
    }

    /** Replaces the agency's contact persons with {@code contacts}, in their order. */
    void replaceContacts(AgencyId id, List<ContactPerson> contacts) {
        jdbc.sql("delete from agency_contact where agency_id = ?").param(id.value()).update();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            jdbc.sql("""
                    insert into agency_contact (agency_id, position_no, name, job_title, phone)
                    values (:agency, :no, :name, :title, :phone)""")
                    .param("agency", id.value()).param("no", i).param("name", c.name())
                    .param("title", c.position()).param("phone", c.phone()).update();
        }
    }

    /** The contact persons of the given agencies (all agencies when {@code ids} is null), by agency id. */
    private Map<Long, List<ContactPerson>> contacts(@Nullable List<Long> ids) {
        String where = ids == null ? "" : " where agency_id in (:ids)";
        var query = jdbc.sql("select agency_id, name, job_title, phone from agency_contact" + where
                + " order by agency_id, position_no");
        if (ids != null) {
            query = query.param("ids", ids);
        }
        Map<Long, List<ContactPerson>> byAgency = new HashMap<>();
        query.query((rs, n) -> {
            byAgency.computeIfAbsent(rs.getLong("agency_id"), k -> new ArrayList<>())
                    .add(new ContactPerson(rs.getString("name"), rs.getString("job_title"), rs.getString("phone")));
            return null;
        }).list();
        return byAgency;
    }

    private static AgencyView withContacts(AgencyView a, List<ContactPerson> contacts) {
        return new AgencyView(a.id(), a.name(), a.kind(), a.address(), a.regionCode(), a.status(), a.statusReason(),
                a.statusChangedAt(), a.createdAt(), a.createdBy(), a.version(), contacts);
    }

    private List<AgencyView> withContacts(List<AgencyView> agencies, boolean all) {
        if (agencies.isEmpty()) {
            return agencies;
        }
        Map<Long, List<ContactPerson>> contacts = contacts(all ? null
                : agencies.stream().map(a -> a.id().value()).toList());
        return agencies.stream().map(a -> withContacts(a, contacts.getOrDefault(a.id().value(), List.of()))).toList();
    }

    /** Locks the agency's row for the rest of the transaction; false if it does not exist. */
    boolean lock(AgencyId id) {
        return jdbc.sql("select id from agency where id = ? for update").param(id.value())
                .query(Long.class).optional().isPresent();
    }

    List<AgencyView> findAll() {
        return withContacts(jdbc.sql("select " + COLUMNS + " from agency order by name, id")
                .query(AgencyRepository::map).list(), true);
    }

    List<AgencyView> page(@Nullable AgencyStatus status, int offset, int limit) {
        return withContacts(jdbc.sql("select " + COLUMNS + " from agency where (:status is null or status = :status) "
                        + "order by name, id limit :limit offset :offset")
                .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
                .param("limit", limit).param("offset", offset)
                .query(AgencyRepository::map).list(), false);
    }

    long count(@Nullable AgencyStatus status) {
        return jdbc.sql("select count(*) from agency where (:status is null or status = :status)")
                .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
                .query(Long.class).single();
    }

    boolean nameTakenInRegion(String name, String regionCode, @Nullable AgencyId except) {
        return jdbc.sql("select count(*) from agency where upper(name) = :name and region_code = :region "
                        + "and status <> 'REVOKED' and id <> :except")
                .param("name", name.strip().toUpperCase(Locale.ROOT)).param("region", regionCode)
                .param("except", except == null ? -1L : except.value())
                .query(Long.class).single() > 0;
    }

    void update(AgencyId id, AgencyDetails details) {
        jdbc.sql("""
                update agency set name = :name, kind = :kind, address = :address, region_code = :region,
                                  version = version + 1
                where id = :id""")
                .param("name", details.name()).param("kind", details.kind().name())
                .param("address", details.address()).param("region", details.regionCode())
                .param("id", id.value()).update();
    }

    void updateStatus(AgencyId id, AgencyStatus status, String reason, Instant at) {
        jdbc.sql("""
                update agency set status = :status, status_reason = :reason, status_changed_at = :at,
                                  version = version + 1
                where id = :id""")
                .param("status", status.name()).param("reason", reason).param("at", Jdbc.ts(at))
                .param("id", id.value()).update();
    }

    void insertStatusChange(AgencyId id, AgencyStatusChange change) {
        jdbc.sql("""
                insert into agency_status_change (agency_id, from_status, to_status, changed_at, actor, reason)
                values (:agency, :from, :to, :at, :actor, :reason)""")
                .param("agency", id.value())
                .param("from", change.from() == null ? null : change.from().name(), java.sql.Types.VARCHAR)
                .param("to", change.to().name()).param("at", Jdbc.ts(change.at()))
                .param("actor", change.actor()).param("reason", change.reason(), java.sql.Types.VARCHAR)
                .update();
    }

    List<AgencyStatusChange> statusChanges(AgencyId id) {
        return jdbc.sql("select from_status, to_status, changed_at, actor, reason from agency_status_change "
                        + "where agency_id = ? order by changed_at, id")
                .param(id.value())
                .query((rs, n) -> new AgencyStatusChange(
                        rs.getString("from_status") == null ? null : AgencyStatus.valueOf(rs.getString("from_status")),
                        AgencyStatus.valueOf(rs.getString("to_status")),
                        Jdbc.requiredInstant(rs, "changed_at"), rs.getString("actor"), rs.getString("reason")))
                .list();
    }

    private static AgencyView map(ResultSet rs, int row) throws SQLException {
        return new AgencyView(new AgencyId(rs.getLong("id")), rs.getString("name"),
                AgencyKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("region_code"),
                AgencyStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                Jdbc.requiredInstant(rs, "status_changed_at"), Jdbc.requiredInstant(rs, "created_at"), rs.getString("created_by"),
                rs.getLong("version"));
    }
}
