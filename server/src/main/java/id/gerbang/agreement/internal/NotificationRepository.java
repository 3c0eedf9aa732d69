package id.gerbang.agreement.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.agreement.AgreementId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private static final String SELECT = """
            select n.id, n.kind, n.agreement_id, n.valid_until, n.days_before, n.due_on, n.created_at,
                   n.acknowledged_at, n.acknowledged_by, a.registry_number, g.name as agency_name
            from agreement_notification n
            join agreement a on a.id = n.agreement_id
            join agency g on g.id = a.agency_id
            """;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(AgreementId agreement, String kind, LocalDate validUntil, int daysBefore) {
        return jdbc.sql("select count(*) from agreement_notification where agreement_id = ? and kind = ? "
                        + "and valid_until = ? and days_before = ?")
                .params(agreement.value(), kind, validUntil, daysBefore)
                .query(Long.class).single() > 0;
    }

    long insert(AgreementId agreement, String kind, LocalDate validUntil, int daysBefore, LocalDate dueOn,
            Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement_notification (kind, agreement_id, valid_until, days_before, due_on, created_at)
                values (:kind, :agreement, :validUntil, :days, :dueOn, :at)""")
                .param("kind", kind).param("agreement", agreement.value()).param("validUntil", validUntil)
                .param("days", daysBefore).param("dueOn", dueOn).param("at", Jdbc.ts(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where n.id = ?").param(id).query(NotificationRepository::map).optional();
    }

    List<Row> page(boolean openOnly, int offset, int limit) {
        return jdbc.sql(SELECT + " where (:open = false or n.acknowledged_at is null) "
                        + "order by n.id desc limit :limit offset :offset")
                .param("open", openOnly).param("limit", limit).param("offset", offset)
                .query(NotificationRepository::map).list();
    }

    long count(boolean openOnly) {
        return jdbc.sql("select count(*) from agreement_notification n "
                        + "where (:open = false or n.acknowledged_at is null)")
                .param("open", openOnly).query(Long.class).single();
    }

    List<Row> forAgreement(AgreementId agreement) {
        return jdbc.sql(SELECT + " where n.agreement_id = ? order by n.id").param(agreement.value())
                .query(NotificationRepository::map).list();
    }

    /** Marks it read unless it already is; false if it was. */
    boolean acknowledge(long id, String actor, Instant at) {
        return jdbc.sql("update agreement_notification set acknowledged_at = ?, acknowledged_by = ? "
                        + "where id = ? and acknowledged_at is null")
                .params(Jdbc.ts(at), actor, id).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("kind"), new AgreementId(rs.getLong("agreement_id")),
                rs.getString("registry_number"), rs.getString("agency_name"), Jdbc.requiredDate(rs, "valid_until"),
                rs.getInt("days_before"), Jdbc.requiredDate(rs, "due_on"), Jdbc.requiredInstant(rs, "created_at"),
                Jdbc.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"));
    }

    record Row(long id, String kind, AgreementId agreementId, String registryNumber, String agencyName,
            LocalDate validUntil, int daysBefore, LocalDate dueOn, Instant createdAt, @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy) {
    }
}
