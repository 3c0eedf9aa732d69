package id.gerbang.audit;

import id.gerbang.audit.internal.AccessRow;
import id.gerbang.audit.internal.AccessRows;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the access log: paged search (keyset pagination on the sequence number, newest first),
 * streaming for exports, and usage counts per agency, user, Jakarta day and outcome. Readers limited
 * to an agency see only it; readers other than registry administrators see safety-flagged NIKs
 * without the requesting details.
 */
@Service
public class AccessLogSearch {

    private final JdbcClient jdbc;
    private final AccessLogStatistics statistics;

    AccessLogSearch(JdbcClient jdbc, AccessLogStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    public AccessLogPage search(AccessLogQuery query, Viewer viewer) {
        AccessLogQuery scoped = scope(query, viewer);
        List<AccessLogView> entries = page(scoped, viewer);
        Long next = entries.size() == scoped.limit() ? entries.getLast().seq() : null;
        return new AccessLogPage(entries, next);
    }

    /** Every matching entry, newest first, at most {@code maxRows}; returns how many were given. */
    public long forEach(AccessLogQuery query, Viewer viewer, long maxRows, Consumer<AccessLogView> consumer) {
        AccessLogQuery page = scope(query, viewer).before(query.beforeSeq(), AccessLogQuery.MAX_LIMIT);
        long given = 0;
        while (given < maxRows) {
            List<AccessLogView> entries = page(page, viewer);
            for (AccessLogView entry : entries) {
                if (given++ >= maxRows) {
                    return maxRows;
                }
                consumer.accept(entry);
            }
            if (entries.size() < page.limit()) {
                break;
            }
            page = page.before(entries.getLast().seq(), AccessLogQuery.MAX_LIMIT);
        }
        return given;
    }

    /** How many Jakarta days {@link #recentUsage} covers. */
    public static final int RECENT_DAYS = 30;

    /**
     * Calls of one agency per Jakarta day, user and outcome over the {@link #RECENT_DAYS} days ending
     * with {@code lastDay}, from the pre-aggregated counts ({@link AccessLogStatistics#usage}).
     *
     * @throws GerbangException {@code FORBIDDEN} when the viewer is limited to another agency
     */
    public List<UsageCount> recentUsage(long agencyId, LocalDate lastDay, Viewer viewer) {
        if (viewer.agency().isPresent() && viewer.agency().get() != agencyId) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return statistics.usage(lastDay.minusDays(RECENT_DAYS - 1), lastDay, agencyId);
    }

    /** Calls per agency, user, Jakarta day and outcome between two days (inclusive). */
    public List<UsageCount> usage(LocalDate from, LocalDate to, @Nullable Long agencyId, Viewer viewer) {
        if (from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        Long agency = scope(AccessLogQuery.all().withAgency(agencyId), viewer).agencyId();
        return statistics.usage(from, to, agency);
    }

    /**
     * Checks up front that {@code query} is within the viewer's scope, before anything is streamed.
     *
     * @throws GerbangException {@code FORBIDDEN} when the viewer is limited to another agency
     */
    public void requireInScope(AccessLogQuery query, Viewer viewer) {
        scope(query, viewer);
    }

    /**
     * The query limited to the viewer's agency. A filter naming another agency is refused, never
     * silently replaced by the viewer's own (issue 13 point 6).
     *
     * @throws GerbangException {@code FORBIDDEN} when the viewer is limited to another agency
     */
    private static AccessLogQuery scope(AccessLogQuery query, Viewer viewer) {
        if (viewer.agency().isEmpty()) {
            return query;
        }
        if (query.agencyId() != null && !query.agencyId().equals(viewer.agency().get())) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return query.withAgency(viewer.agency().get());
    }

    private List<AccessLogView> page(AccessLogQuery q, Viewer viewer) {
        StringBuilder sql = new StringBuilder("select ").append(prefixed()).append(", f.nik from audit_access_log l "
                + "left join audit_safety_flag f on f.nik = l.nik where 1 = 1");
        if (q.agencyId() != null) {
            sql.append(" and l.agency_id = :agency");
        }
        if (q.userId() != null) {
            sql.append(" and l.user_id = :user");
        }
        if (q.from() != null) {
            sql.append(" and l.log_date >= :from");
        }
        if (q.to() != null) {
            sql.append(" and l.log_date <= :to");
        }
        if (q.outcome() != null) {
            sql.append(" and l.outcome = :outcome");
        }
        if (q.nik() != null) {
            sql.append(" and l.nik = :nik");
        }
        if (q.channel() != null) {
            sql.append(" and l.channel = :channel");
        }
        if (q.beforeSeq() != null) {
            sql.append(" and l.seq < :before");
        }
        sql.append(" order by l.seq desc fetch first ").append(q.limit()).append(" rows only");
        return jdbc.sql(sql.toString())
                .param("agency", q.agencyId()).param("user", q.userId()).param("from", q.from()).param("to", q.to())
                .param("outcome", q.outcome() == null ? null : q.outcome().name()).param("nik", q.nik())
                .param("channel", q.channel() == null ? null : q.channel().name()).param("before", q.beforeSeq())
                .query((rs, n) -> view(rs, viewer))
                .list();
    }

    private static String prefixed() {
        return String.join(", ", Arrays.stream(AccessRows.COLUMNS.split(",\\s*")).map(c -> "l." + c).toList());
    }

    static AccessLogView view(ResultSet rs, Viewer viewer) throws SQLException {
        AccessRow r = AccessRows.read(rs);
        rs.getLong(AccessRows.COLUMN_COUNT + 1);
        boolean flagged = !rs.wasNull();
        boolean redact = flagged && !viewer.registryAdministrator();
        String wireCode = outcomeCode(r.outcome());
        List<String> elements = r.elements().isEmpty() ? List.of() : List.of(r.elements().split(","));
        return new AccessLogView(r.seq(), r.time(), r.requestId(), redact ? null : r.agencyId(),
                redact ? null : r.agreementId(), redact ? null : r.userId(), r.channel(), r.operation(),
                redact ? null : r.sourceIp(), redact ? null : r.claimedIp(),
                r.nik() != null ? r.nik().toString() : r.nikRaw(), r.noKk(), redact ? null : r.purpose(),
                redact ? null : r.localUser(),
                r.outcome(), wireCode, new ArrayList<>(elements), r.latencyMicros(), redact);
    }

    private static @Nullable String outcomeCode(String outcome) {
        try {
            return AccessOutcome.valueOf(outcome).wireCode().orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
