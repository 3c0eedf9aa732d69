package id.gerbang.audit;

import id.gerbang.audit.internal.UsageSummary;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The registry's monitoring figures: calls per Jakarta day, agency, channel and outcome, per user of
 * one agency, and per Jakarta hour, read from the pre-aggregated counts that {@code UsageSummary}
 * keeps (V660, ADR 0105) plus the entries not folded into them yet: exact, and never a scan of the
 * access log. Registry staff read every agency; an agency administrator only its own.
 */
@Service
public class AccessLogStatistics {

    /** Calls of one Jakarta day, agency (null: none), channel and outcome. */
    public record DayCount(LocalDate day, @Nullable Long agencyId, String channel, String outcome, long calls) {
    }

    /** Calls of one Jakarta day, user of the agency (null: none) and outcome. */
    public record UserDayCount(LocalDate day, @Nullable String userId, String outcome, long calls) {
    }

    /**
     * The figures of a period: per day, agency, channel and outcome; per day, user and outcome (only
     * when one agency was asked for); calls per Jakarta hour of the day (index 0-23).
     */
    public record Figures(List<DayCount> days, List<UserDayCount> users, long[] hours, long foldedThroughSeq) {
    }

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final UsageSummary summary;

    AccessLogStatistics(JdbcClient jdbc, UsageSummary summary) {
        this.jdbc = jdbc;
        this.summary = summary;
    }

    /**
     * The figures of the Jakarta days {@code from}..{@code to}, of every agency or of one, and of one
     * of its users.
     *
     * @throws GerbangException {@code INVALID_RANGE} when {@code from} is after {@code to};
     *                          {@code FORBIDDEN} when the viewer is limited to another agency
     */
    public Figures figures(LocalDate from, LocalDate to, @Nullable Long agencyId, @Nullable String userId,
                           Viewer viewer) {
        if (from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        if (viewer.agency().isPresent() && !viewer.agency().get().equals(agencyId)) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        // The counts and the watermark move together in the fold's transaction: read the watermark
        // before and after the counts; when it did not move, the counts are exactly those up to it.
        for (int attempt = 1; ; attempt++) {
            long before = summary.watermark();
            Map<UsageSummary.DayKey, long[]> days = days(from, to, agencyId);
            Map<UsageSummary.UserKey, long[]> users = agencyId == null ? new HashMap<>() : users(from, to, agencyId, userId);
            long[] hours = hours(from, to, agencyId);
            if (summary.watermark() != before && attempt < ATTEMPTS) {
                continue;
            }
            UsageSummary.Tally tail = summary.tail(before);
            tail.days.forEach((k, v) -> {
                if (within(k.day(), from, to) && (agencyId == null || k.agencyId() == agencyId)) {
                    days.computeIfAbsent(k, x -> new long[1])[0] += v[0];
                }
            });
            if (agencyId != null) {
                tail.users.forEach((k, v) -> {
                    if (within(k.day(), from, to) && k.agencyId() == agencyId
                            && (userId == null || userId.equals(k.userId()))) {
                        users.computeIfAbsent(k, x -> new long[1])[0] += v[0];
                    }
                });
            }
            tail.hours.forEach((k, v) -> {
                if (within(k.day(), from, to) && (agencyId == null || k.agencyId() == agencyId)) {
                    hours[k.hour()] += v[0];
                }
            });
            List<DayCount> dayCounts = new ArrayList<>(days.size());
            days.forEach((k, v) -> dayCounts.add(new DayCount(k.day(), k.agencyId() == 0 ? null : k.agencyId(),
                    k.channel(), k.outcome(), v[0])));
            List<UserDayCount> userCounts = new ArrayList<>(users.size());
            users.forEach((k, v) -> userCounts.add(new UserDayCount(k.day(), k.userId().isEmpty() ? null : k.userId(),
                    k.outcome(), v[0])));
            return new Figures(dayCounts, userCounts, hours, before);
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private Map<UsageSummary.DayKey, long[]> days(LocalDate from, LocalDate to, @Nullable Long agencyId) {
        Map<UsageSummary.DayKey, long[]> map = new HashMap<>();
        jdbc.sql("select log_date, agency_id, channel, outcome, calls from audit_usage_day "
                        + "where log_date between :from and :to" + (agencyId == null ? "" : " and agency_id = :agency"))
                .param("from", from).param("to", to).param("agency", agencyId)
                .query(rs -> {
                    map.put(new UsageSummary.DayKey(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4)), new long[] {rs.getLong(5)});
                });
        return map;
    }

    private Map<UsageSummary.UserKey, long[]> users(LocalDate from, LocalDate to, long agencyId,
                                                     @Nullable String userId) {
        Map<UsageSummary.UserKey, long[]> map = new HashMap<>();
        jdbc.sql("select log_date, user_id, outcome, calls from audit_usage_user_day "
                        + "where agency_id = :agency and log_date between :from and :to"
                        + (userId == null ? "" : " and user_id = :user"))
                .param("from", from).param("to", to).param("agency", agencyId).param("user", userId)
                .query(rs -> {
                    map.put(new UsageSummary.UserKey(agencyId, rs.getObject(1, LocalDate.class), rs.getString(2),
                            rs.getString(3)), new long[] {rs.getLong(4)});
                });
        return map;
    }

    private long[] hours(LocalDate from, LocalDate to, @Nullable Long agencyId) {
        long[] hours = new long[24];
        jdbc.sql("select hour_of_day, sum(calls) from audit_usage_hour where log_date between :from and :to"
                        + (agencyId == null ? "" : " and agency_id = :agency") + " group by hour_of_day")
                .param("from", from).param("to", to).param("agency", agencyId)
                .query(rs -> {
                    hours[rs.getInt(1)] = rs.getLong(2);
                });
        return hours;
    }
}
