package id.gerbang.audit;

import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of one agency's calls over a period, grouped in the database (never read row by row): per
 * Jakarta day, user, channel, outcome and the set of elements answered, up to a sequence number (the
 * signed checkpoint a report is computed up to). The semester report builds every figure on them.
 */
@Service
public class AccessTallies {

    static final String SQL = "select log_date, user_id, channel, outcome, elements, count(*) from audit_access_log "
            + "where agency_id = :agency and log_date between :from and :to and seq <= :upTo "
            + "group by log_date, user_id, channel, outcome, elements "
            + "order by log_date, user_id, channel, outcome, elements";

    private final JdbcClient jdbc;

    AccessTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many calls had these values; {@code elements} are the names answered (empty when none). */
    public record Tally(LocalDate day, String userId, AccessChannel channel, AccessOutcome outcome,
                        List<String> elements, long count) {
    }

    /**
     * The agency's calls on Jakarta days {@code from} to {@code to} (inclusive) with sequence numbers up
     * to {@code upToSequence}.
     *
     * @throws GerbangException {@code FORBIDDEN} when the viewer is limited to another agency
     */
    public List<Tally> of(long agencyId, LocalDate from, LocalDate to, long upToSequence, Viewer viewer) {
        if (viewer.agency().isPresent() && viewer.agency().get() != agencyId) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        if (from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        return jdbc.sql(SQL).param("agency", agencyId).param("from", from).param("to", to).param("upTo", upToSequence)
                .query((rs, n) -> {
                    String user = rs.getString(2);
                    String elements = rs.getString(5);
                    return new Tally(rs.getObject(1, LocalDate.class), user == null ? "-" : user,
                            AccessChannel.valueOf(rs.getString(3)), AccessOutcome.valueOf(rs.getString(4)),
                            elements == null || elements.isEmpty() ? List.of() : List.of(elements.split(",")),
                            rs.getLong(6));
                })
                .list();
    }
}
