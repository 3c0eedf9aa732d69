package id.gerbang.audit;

import id.gerbang.audit.internal.UsageSummary;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    /** The usage figures' order: day, agency, user, outcome; an absent agency or user last. */
    private static final Comparator<UsageCount> USAGE_ORDER = Comparator.comparing(UsageCount::day)
            .thenComparing(UsageCount::agencyId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(UsageCount::userId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(u -> u.outcome().name());

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
        Folded<Counts> folded = folded(() -> new Counts(days(from, to, agencyId),
                agencyId == null ? new HashMap<>() : users(from, to, agencyId, userId), hours(from, to, agencyId)));
        Counts counts = folded.counts();
        UsageSummary.Tally tail = summary.tail(folded.watermark());
        tail.days.forEach((k, v) -> {
            if (within(k.day(), from, to) && (agencyId == null || k.agencyId() == agencyId)) {
                counts.days().computeIfAbsent(k, x -> new long[1])[0] += v[0];
            }
        });
        if (agencyId != null) {
            addUsers(counts.users(), tail, from, to, agencyId, userId);
        }
        tail.hours.forEach((k, v) -> {
            if (within(k.day(), from, to) && (agencyId == null || k.agencyId() == agencyId)) {
                counts.hours()[k.hour()] += v[0];
            }
        });
        List<DayCount> dayCounts = new ArrayList<>(counts.days().size());
        counts.days().forEach((k, v) -> dayCounts.add(new DayCount(k.day(), k.agencyId() == 0 ? null : k.agencyId(),
                k.channel(), k.outcome(), v[0])));
        List<UserDayCount> userCounts = new ArrayList<>(counts.users().size());
        counts.users().forEach((k, v) -> userCounts.add(new UserDayCount(k.day(), k.userId().isEmpty() ? null : k.userId(),
                k.outcome(), v[0])));
        return new Figures(dayCounts, userCounts, counts.hours(), folded.watermark());
    }

    /**
     * Calls per Jakarta day, agency, user and outcome of {@code from}..{@code to}, of every agency or
     * of one: the audit API's usage figures, read like {@link #figures} (the pre-aggregated counts
     * plus the entries not folded yet, exact, never a scan of the log), ordered by day, agency,
     * user and outcome, an absent agency or user last. Package-private: it takes no viewer, and
     * {@link AccessLogSearch} checks the viewer's scope before it asks.
     */
    List<UsageCount> usage(LocalDate from, LocalDate to, @Nullable Long agencyId) {
        if (from.isAfter(to)) {
            throw new GerbangException(AuditError.INVALID_RANGE);
        }
        Folded<Map<UsageSummary.UserKey, long[]>> folded = folded(() -> users(from, to, agencyId, null));
        Map<UsageSummary.UserKey, long[]> users = folded.counts();
        addUsers(users, summary.tail(folded.watermark()), from, to, agencyId, null);
        List<UsageCount> usage = new ArrayList<>(users.size());
        users.forEach((k, v) -> usage.add(new UsageCount(k.agencyId() == 0 ? null : k.agencyId(),
                k.userId().isEmpty() ? null : k.userId(), k.day(), AccessOutcome.valueOf(k.outcome()), v[0])));
        usage.sort(USAGE_ORDER);
        return usage;
    }

    /** The counts of {@link #figures} as read from the tables. */
    private record Counts(Map<UsageSummary.DayKey, long[]> days, Map<UsageSummary.UserKey, long[]> users, long[] hours) {
    }

    /** Counts read from the tables, and the watermark up to which they are exact. */
    private record Folded<T>(T counts, long watermark) {
    }

    /**
     * Reads counts with {@code read}. The counts and the watermark move together in the fold's
     * transaction: the watermark is read before and after the counts; when it did not move, the
     * counts are exactly those up to it (after {@code ATTEMPTS} tries the last read is taken).
     */
    private <T> Folded<T> folded(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            long before = summary.watermark();
            T counts = read.get();
            if (summary.watermark() == before || attempt >= ATTEMPTS) {
                return new Folded<>(counts, before);
            }
        }
    }

    /** Adds the tail's per-user counts of the period (of one agency and user when given). */
    private static void addUsers(Map<UsageSummary.UserKey, long[]> users, UsageSummary.Tally tail, LocalDate from,
                                 LocalDate to, @Nullable Long agencyId, @Nullable String userId) {
        tail.users.forEach((k, v) -> {
            if (within(k.day(), from, to) && (agencyId == null || k.agencyId() == agencyId)
                    && (userId == null || userId.equals(k.userId()))) {
                users.computeIfAbsent(k, x -> new long[1])[0] += v[0];
            }
        });
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

    private Map<UsageSummary.UserKey, long[]> users(LocalDate from, LocalDate to, @Nullable Long agencyId,
                                                     @Nullable String userId) {
        Map<UsageSummary.UserKey, long[]> map = new HashMap<>();
        jdbc.sql("select agency_id, log_date, user_id, outcome, calls from audit_usage_user_day "
                        + "where log_date between :from and :to" + (agencyId == null ? "" : " and agency_id = :agency")
                        + (userId == null ? "" : " and user_id = :user"))
                .param("from", from).param("to", to).param("agency", agencyId).param("user", userId)
                .query(rs -> {
                    map.put(new UsageSummary.UserKey(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4)), new long[] {rs.getLong(5)});
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
