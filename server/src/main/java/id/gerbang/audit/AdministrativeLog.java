package id.gerbang.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the administrative log (it is written only by recording {@link id.gerbang.common.AdministrativeAction}
 * events). Newest first, keyset pagination on the sequence number.
 */
@Service
public class AdministrativeLog {

    private final JdbcClient jdbc;

    AdministrativeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdministrativeLogEntry> page(@Nullable String subjectType, @Nullable String subjectId,
                                             @Nullable Long beforeSeq, int limit) {
        return search(subjectType, subjectId, null, null, beforeSeq, limit);
    }

    /**
     * Newest first, filtered by subject, by actor (exact) and by action (its beginning, e.g.
     * {@code agreement.} for every agreement action); {@code beforeSeq} continues after the previous page.
     */
    public List<AdministrativeLogEntry> search(@Nullable String subjectType, @Nullable String subjectId,
                                               @Nullable String actor, @Nullable String actionPrefix,
                                               @Nullable Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("select seq, logged_at, actor, action, subject_type, subject_id, "
                + "before_state, after_state, reason from audit_admin_log where 1 = 1");
        if (subjectType != null) {
            sql.append(" and subject_type = :type");
        }
        if (subjectId != null) {
            sql.append(" and subject_id = :id");
        }
        if (actor != null) {
            sql.append(" and actor = :actor");
        }
        if (actionPrefix != null) {
            sql.append(" and action like :action escape '!'");
        }
        if (beforeSeq != null) {
            sql.append(" and seq < :before");
        }
        sql.append(" order by seq desc fetch first ").append(Math.clamp(limit, 1, 1000)).append(" rows only");
        return jdbc.sql(sql.toString()).param("type", subjectType).param("id", subjectId).param("before", beforeSeq)
                .param("actor", actor).param("action", actionPrefix == null ? null
                        : actionPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .query((rs, n) -> new AdministrativeLogEntry(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }
}
