package id.gerbang.quota.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code quota_user_limit}: per-user quotas with the day each takes effect. */
@Repository
public class UserQuotaRepository {

    /** One setting: from {@code effectiveFrom} on, the user's daily limit is {@code dailyLimit} (null: none). */
    public record Setting(long agreement, UserId user, @Nullable Integer dailyLimit, LocalDate effectiveFrom,
            String setBy, Instant setAt, String reason) {
    }

    private final JdbcClient jdbc;

    UserQuotaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long agreement, UserId user, @Nullable Integer dailyLimit, LocalDate effectiveFrom, String setBy,
            Instant setAt, String reason) {
        jdbc.sql("insert into quota_user_limit (agreement_id, user_id, daily_limit, effective_from, set_by, set_at, reason) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(agreement, user.value(), dailyLimit, effectiveFrom, setBy, Jdbc.ts(setAt), reason).update();
    }

    /** The limits in force on {@code day} for those of {@code users} that have one. */
    public Map<UserId, Long> limitsOn(long agreement, List<UserId> users, LocalDate day) {
        Map<UserId, Long> limits = new HashMap<>();
        for (UserId user : users) {
            jdbc.sql("select daily_limit from quota_user_limit where agreement_id = ? and user_id = ? and effective_from <= ? "
                            + "order by effective_from desc, id desc limit 1")
                    .params(agreement, user.value(), day)
                    .query(rs -> {
                        long limit = rs.getLong("daily_limit");
                        if (!rs.wasNull()) {
                            limits.put(user, limit);
                        }
                    });
        }
        return limits;
    }

    /**
     * The limits in force on {@code day} for every user of the agreement that has one, in one
     * query: all settings effective by then, oldest first per user, reduced in Java to the latest
     * (portable SQL; a {@code null} latest setting means the user's quota was lifted).
     */
    public Map<UserId, Long> allLimitsOn(long agreement, LocalDate day) {
        Map<String, @Nullable Integer> latest = new HashMap<>();
        jdbc.sql("select user_id, daily_limit from quota_user_limit where agreement_id = ? and effective_from <= ? "
                        + "order by effective_from, id")
                .params(agreement, day)
                .query(rs -> {
                    String user = rs.getString("user_id");
                    int limit = rs.getInt("daily_limit");
                    latest.put(user, rs.wasNull() ? null : limit);
                });
        Map<UserId, Long> limits = new HashMap<>();
        latest.forEach((user, limit) -> {
            if (limit != null) {
                limits.put(new UserId(user), limit.longValue());
            }
        });
        return limits;
    }

    /** Every setting of the agreement, oldest first. */
    public List<Setting> settings(long agreement) {
        return jdbc.sql("select agreement_id, user_id, daily_limit, effective_from, set_by, set_at, reason "
                        + "from quota_user_limit where agreement_id = ? order by user_id, effective_from, id")
                .param(agreement)
                .query((rs, n) -> {
                    int limit = rs.getInt("daily_limit");
                    return new Setting(rs.getLong("agreement_id"), new UserId(rs.getString("user_id")),
                            rs.wasNull() ? null : limit, rs.getObject("effective_from", LocalDate.class),
                            rs.getString("set_by"), java.util.Objects.requireNonNull(Jdbc.instant(rs, "set_at")),
                            rs.getString("reason"));
                })
                .list();
    }
}
