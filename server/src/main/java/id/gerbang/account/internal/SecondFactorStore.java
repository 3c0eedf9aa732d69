package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The TOTP secrets (encrypted) and recovery codes (hashed) of the users: tables of V420. */
@Repository
public class SecondFactorStore {

    /** A user's second factor: the sealed secret and its key id; {@code confirmedAt} null while pending. */
    public record Row(UserId userId, String keyId, byte[] secret, Instant createdAt, @Nullable Instant confirmedAt,
            long lastStep) {
        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    public record RecoveryCode(int number, String hash) {
    }

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UserId userId) {
        return jdbc.sql("select user_id, key_id, secret, created_at, confirmed_at, last_step from account_second_factor "
                        + "where user_id = ?")
                .param(userId.value())
                .query((rs, n) -> new Row(UserId.of(rs.getString("user_id")), rs.getString("key_id"),
                        rs.getBytes("secret"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "confirmed_at"),
                        rs.getLong("last_step")))
                .optional();
    }

    public boolean confirmed(UserId userId) {
        return jdbc.sql("select count(*) from account_second_factor where user_id = ? and confirmed_at is not null")
                .param(userId.value()).query(Integer.class).single() > 0;
    }

    /** A new pending secret, replacing an earlier pending one (never a confirmed one). */
    public void savePending(UserId userId, String keyId, byte[] secret, Instant now) {
        jdbc.sql("delete from account_second_factor where user_id = ? and confirmed_at is null")
                .param(userId.value()).update();
        jdbc.sql("insert into account_second_factor (user_id, key_id, secret, created_at, last_step) values (?, ?, ?, ?, 0)")
                .params(userId.value(), keyId, secret, Jdbc.ts(now)).update();
    }

    /** Confirms the pending secret with the step of its first code; false when nothing was pending. */
    public boolean confirm(UserId userId, long step, Instant now) {
        return jdbc.sql("update account_second_factor set confirmed_at = ?, last_step = ? "
                        + "where user_id = ? and confirmed_at is null")
                .params(Jdbc.ts(now), step, userId.value()).update() == 1;
    }

    /**
     * Takes time step {@code step} as used, if no code of it or a later step was accepted before: a
     * single conditional update, so two requests with the same code cannot both pass.
     */
    public boolean useStep(UserId userId, long step) {
        return jdbc.sql("update account_second_factor set last_step = ? "
                        + "where user_id = ? and confirmed_at is not null and last_step < ?")
                .params(step, userId.value(), step).update() == 1;
    }

    public void replaceRecoveryCodes(UserId userId, List<String> hashes) {
        jdbc.sql("delete from account_recovery_code where user_id = ?").param(userId.value()).update();
        for (int i = 0; i < hashes.size(); i++) {
            jdbc.sql("insert into account_recovery_code (user_id, code_no, code_hash) values (?, ?, ?)")
                    .params(userId.value(), i + 1, hashes.get(i)).update();
        }
    }

    public List<RecoveryCode> unusedRecoveryCodes(UserId userId) {
        return jdbc.sql("select code_no, code_hash from account_recovery_code where user_id = ? and used_at is null "
                        + "order by code_no")
                .param(userId.value())
                .query((rs, n) -> new RecoveryCode(rs.getInt("code_no"), rs.getString("code_hash"))).list();
    }

    /** Marks a recovery code used; false when it was used meanwhile. */
    public boolean useRecoveryCode(UserId userId, int number, Instant now) {
        return jdbc.sql("update account_recovery_code set used_at = ? where user_id = ? and code_no = ? and used_at is null")
                .params(Jdbc.ts(now), userId.value(), number).update() == 1;
    }

    /** Removes the user's second factor and recovery codes; returns whether there was one. */
    public boolean delete(UserId userId) {
        jdbc.sql("delete from account_recovery_code where user_id = ?").param(userId.value()).update();
        return jdbc.sql("delete from account_second_factor where user_id = ?").param(userId.value()).update() > 0;
    }
}
