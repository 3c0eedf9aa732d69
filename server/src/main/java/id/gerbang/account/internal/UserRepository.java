package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.AccountStatus;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code account_user} and {@code account_user_event}. */
@Repository
public class UserRepository {

    private static final String COLUMNS = "user_id, role, full_name, agency_id, agreement_id, application_id, status, "
            + "password_hash, password_change_required, password_changed_at, token_hash, token_issued_at, "
            + "failed_attempts, locked_until, last_login_at, created_at, created_by";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRecord> find(UserId userId) {
        return jdbc.sql("select " + COLUMNS + " from account_user where user_id = ?")
                .param(userId.value()).query(UserRepository::map).optional();
    }

    /** Reads the row and locks it until the transaction ends. */
    public Optional<UserRecord> findForUpdate(UserId userId) {
        return jdbc.sql("select " + COLUMNS + " from account_user where user_id = ? for update")
                .param(userId.value()).query(UserRepository::map).optional();
    }

    public boolean exists(UserId userId) {
        return jdbc.sql("select count(*) from account_user where user_id = ?").param(userId.value())
                .query(Integer.class).single() > 0;
    }

    public List<UserRecord> list(@Nullable AgencyId agency, @Nullable Roles role, @Nullable AccountStatus status) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from account_user where 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (agency != null) {
            sql.append(" and agency_id = ?");
            params.add(agency.value());
        }
        if (role != null) {
            sql.append(" and role = ?");
            params.add(role.name());
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by user_id");
        return jdbc.sql(sql.toString()).params(params).query(UserRepository::map).list();
    }

    public void insert(UserRecord u) {
        jdbc.sql("insert into account_user (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.userId().value(), u.role().name(), u.fullName(),
                        u.agency() == null ? null : u.agency().value(),
                        u.agreement() == null ? null : u.agreement().value(),
                        u.applicationId(), u.status().name(), u.passwordHash(), u.passwordChangeRequired(),
                        Jdbc.ts(u.passwordChangedAt()), u.tokenHash(), Jdbc.ts(u.tokenIssuedAt()), u.failedAttempts(),
                        Jdbc.ts(u.lockedUntil()), Jdbc.ts(u.lastLoginAt()), Jdbc.ts(u.createdAt()), u.createdBy())
                .update();
    }

    public void updateStatus(UserId userId, AccountStatus status) {
        jdbc.sql("update account_user set status = ? where user_id = ?").params(status.name(), userId.value()).update();
    }

    public void updatePassword(UserId userId, String hash, boolean changeRequired, Instant at) {
        jdbc.sql("update account_user set password_hash = ?, password_change_required = ?, password_changed_at = ? "
                        + "where user_id = ?")
                .params(hash, changeRequired, Jdbc.ts(at), userId.value()).update();
    }

    /** Replaces a hash by a stronger one for the same password; only if it is still the one verified. */
    public void upgradeHash(UserId userId, String oldHash, String newHash) {
        jdbc.sql("update account_user set password_hash = ? where user_id = ? and password_hash = ?")
                .params(newHash, userId.value(), oldHash).update();
    }

    public void updateToken(UserId userId, @Nullable String tokenHash, @Nullable Instant at) {
        jdbc.sql("update account_user set token_hash = ?, token_issued_at = ? where user_id = ?")
                .params(tokenHash, Jdbc.ts(at), userId.value()).update();
    }

    /**
     * Records a successful sign-in: failures are forgotten, except for a user with a second factor,
     * whose password alone no longer proves the sign-in (ADR 0072: otherwise a known password would
     * wipe out each wrong code before the lockout counted it; {@link #clearFailures} runs once the
     * code is accepted); the time is written at most once a minute.
     */
    public void recordSuccess(UserId userId, Instant now) {
        jdbc.sql("update account_user set failed_attempts = 0, failure_window_start = null "
                        + "where user_id = ? and failed_attempts > 0 and not exists (select 1 from account_second_factor f "
                        + "where f.user_id = account_user.user_id and f.confirmed_at is not null)")
                .param(userId.value()).update();
        jdbc.sql("update account_user set last_login_at = ? where user_id = ? "
                        + "and (last_login_at is null or last_login_at < ?)")
                .params(Jdbc.ts(now), userId.value(), Jdbc.ts(now.minusSeconds(60))).update();
    }

    /** Forgets the user's failed sign-ins (a whole sign-in, password and second factor, succeeded). */
    public void clearFailures(UserId userId) {
        jdbc.sql("update account_user set failed_attempts = 0, failure_window_start = null "
                        + "where user_id = ? and failed_attempts > 0")
                .param(userId.value()).update();
    }

    public int countActive(Roles role, @Nullable AgreementId agreement) {
        if (agreement == null) {
            return jdbc.sql("select count(*) from account_user where role = ? and status = 'ACTIVE'")
                    .param(role.name()).query(Integer.class).single();
        }
        return jdbc.sql("select count(*) from account_user where role = ? and status = 'ACTIVE' and agreement_id = ?")
                .params(role.name(), agreement.value()).query(Integer.class).single();
    }

    public void addEvent(UserId userId, String action, String actor, Instant at, @Nullable String reason) {
        jdbc.sql("insert into account_user_event (user_id, action, actor, at, reason) values (?, ?, ?, ?, ?)")
                .params(userId.value(), action, actor, Jdbc.ts(at), reason).update();
    }

    public List<UserEvent> events(UserId userId) {
        return jdbc.sql("select action, actor, at, reason from account_user_event where user_id = ? order by id")
                .param(userId.value())
                .query((rs, n) -> new UserEvent(rs.getString("action"), rs.getString("actor"),
                        Jdbc.instant(rs, "at"), rs.getString("reason")))
                .list();
    }

    /** One entry of an account's history. */
    public record UserEvent(String action, String actor, Instant at, @Nullable String reason) {
    }

    private static UserRecord map(ResultSet rs, int row) throws SQLException {
        Long agency = Jdbc.nullableLong(rs, "agency_id");
        Long agreement = Jdbc.nullableLong(rs, "agreement_id");
        return new UserRecord(
                new UserId(rs.getString("user_id")),
                Roles.valueOf(rs.getString("role")),
                rs.getString("full_name"),
                agency == null ? null : new AgencyId(agency),
                agreement == null ? null : new AgreementId(agreement),
                Jdbc.nullableLong(rs, "application_id"),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("password_hash"),
                rs.getBoolean("password_change_required"),
                Jdbc.instant(rs, "password_changed_at"),
                rs.getString("token_hash"),
                Jdbc.instant(rs, "token_issued_at"),
                rs.getInt("failed_attempts"),
                Jdbc.instant(rs, "locked_until"),
                Jdbc.instant(rs, "last_login_at"),
                java.util.Objects.requireNonNull(Jdbc.instant(rs, "created_at")),
                rs.getString("created_by"));
    }
}
