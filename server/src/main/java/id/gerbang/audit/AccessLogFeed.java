package id.gerbang.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access log in sequence order, a page at a time, for readers that follow it with a watermark of
 * their own (the anomaly rules), the way the usage summary follows it (ADR 0105): each call reads the
 * entries after a sequence number, oldest first, by the primary key, so a reader never scans the log.
 * Entries are appended in sequence order and committed batch by batch under the chain head's lock, so
 * no entry ever appears behind one already read. A read inside a caller's transaction uses its connection.
 */
@Service
public class AccessLogFeed {

    /** Most entries one call returns. */
    public static final int MAX_PAGE = 10_000;

    /**
     * What a follower needs of one entry: never the purpose or the local end user.
     *
     * @param flagged whether the NIK carries a safety flag now ({@link SafetyFlags})
     */
    public record Entry(long seq, Instant time, LocalDate day, @Nullable Long agencyId, @Nullable String userId,
                        AccessOperation operation, @Nullable String sourceIp, @Nullable Long nik,
                        AccessOutcome outcome, boolean flagged) {
    }

    private final JdbcClient jdbc;

    AccessLogFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries after {@code afterSeq}, oldest first, at most {@code limit} (clamped to 1..{@link #MAX_PAGE}). */
    public List<Entry> after(long afterSeq, int limit) {
        return jdbc.sql("select l.seq, l.logged_at, l.log_date, l.agency_id, l.user_id, l.operation, l.source_ip, "
                        + "l.nik, l.outcome, f.nik from audit_access_log l left join audit_safety_flag f on f.nik = l.nik "
                        + "where l.seq > ? order by l.seq fetch first " + Math.clamp(limit, 1, MAX_PAGE) + " rows only")
                .param(afterSeq)
                .query((rs, n) -> {
                    long agency = rs.getLong(4);
                    Long agencyId = rs.wasNull() ? null : agency;
                    long nik = rs.getLong(8);
                    Long nikValue = rs.wasNull() ? null : nik;
                    rs.getLong(10);
                    boolean flagged = !rs.wasNull();
                    return new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getObject(3, LocalDate.class), agencyId, rs.getString(5),
                            AccessOperation.valueOf(rs.getString(6)), rs.getString(7), nikValue,
                            AccessOutcome.valueOf(rs.getString(9)), flagged);
                })
                .list();
    }
}
