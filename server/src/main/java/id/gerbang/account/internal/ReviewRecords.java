package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.StatusChange;
import id.gerbang.agreement.AgencyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reviewed, agency-scoped records (user-ID applications, IP registrations) share in the
 * database: a listing filtered by agency and status, and a history table of status changes. Each
 * kind has its own tables; the shapes are the same.
 */
final class ReviewRecords {

    private final JdbcClient jdbc;
    private final String table;
    private final String eventTable;
    private final String eventKey;

    /**
     * @param eventKey the history table's column that refers to the record
     */
    ReviewRecords(JdbcClient jdbc, String table, String eventTable, String eventKey) {
        this.jdbc = jdbc;
        this.table = table;
        this.eventTable = eventTable;
        this.eventKey = eventKey;
    }

    /** One record by id, locked until the transaction ends when {@code forUpdate}. */
    <T> Optional<T> one(String columns, long id, boolean forUpdate, RowMapper<T> mapper) {
        return jdbc.sql("select " + columns + " from " + table + " where id = ?" + (forUpdate ? " for update" : ""))
                .param(id).query(mapper).optional();
    }

    /** The records of {@code agency} (all when null) in {@code status} (any when null), in {@code order}. */
    <T> List<T> list(String columns, @Nullable AgencyId agency, @Nullable Enum<?> status, String order,
            RowMapper<T> mapper) {
        StringBuilder sql = new StringBuilder("select " + columns + " from " + table + " where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agency != null) {
            sql.append(" and agency_id = ?");
            params.add(agency.value());
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by ").append(order);
        return jdbc.sql(sql.toString()).params(params).query(mapper).list();
    }

    void addEvent(long id, @Nullable Enum<?> from, Enum<?> to, String actor, Instant at, @Nullable String reason) {
        jdbc.sql("insert into " + eventTable + " (" + eventKey + ", from_status, to_status, actor, at, reason) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(id, from == null ? null : from.name(), to.name(), actor, Jdbc.ts(at), reason).update();
    }

    List<StatusChange> events(long id) {
        return jdbc.sql("select from_status, to_status, actor, at, reason from " + eventTable
                        + " where " + eventKey + " = ? order by id")
                .param(id)
                .query((rs, n) -> new StatusChange(rs.getString("from_status"),
                        rs.getString("to_status"), rs.getString("actor"), Objects.requireNonNull(Jdbc.instant(rs, "at")),
                        rs.getString("reason")))
                .list();
    }
}
