package id.gerbang.account.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.account.AccountChanged;
import id.gerbang.account.UserId;
import id.gerbang.common.AdministrativeAction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lockout after repeated sign-in failures (docs/adr/0026). Failures are counted in the database, so
 * every server instance sees the same counts, with single atomic statements, so concurrent failures
 * are never lost:
 * <ul>
 * <li>per user: {@code maxFailures} failures within {@code failureWindow} lock the account for
 *     {@code lockDuration}; a successful sign-in forgets earlier failures;</li>
 * <li>per source address: {@code maxFailuresPerSource} failures within the window, for any user
 *     names, known or not, block the address for {@code lockDuration}; a success does not reset
 *     it (one valid account must not launder guesses against others).</li>
 * </ul>
 * A lock ends by itself when its time is up, or earlier when an administrator lifts it.
 */
@Component
public class LoginAttempts {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountProperties.Lockout settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final UserRepository users;

    LoginAttempts(JdbcClient jdbc, Clock clock, AccountProperties properties, TransactionTemplate tx,
            ApplicationEventPublisher events, UserRepository users) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.lockout();
        this.tx = tx;
        this.events = events;
        this.users = users;
    }

    /** Now, to the microsecond the database keeps, so a lock ends exactly when it says. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** When the block of {@code address} ends, if it is blocked now. */
    public Optional<Instant> sourceBlockedUntil(String address) {
        Instant now = now();
        return jdbc.sql("select locked_until from account_source_failure where address = ? and locked_until > ?")
                .params(address, Jdbc.ts(now))
                .query((rs, n) -> Jdbc.instant(rs, "locked_until")).optional();
    }

    /**
     * Counts a failed sign-in against {@code user} (when the user exists) and {@code address} (when
     * known), locking either when its limit is reached.
     *
     * @return when the user's new lock ends, if this failure locked the user
     */
    public Optional<Instant> recordFailure(@Nullable UserId user, @Nullable String address) {
        Instant now = now();
        Instant cutoff = now.minus(settings.failureWindow());
        Instant until = now.plus(settings.lockDuration());
        return Optional.ofNullable(tx.execute(status -> {
            Instant locked = null;
            if (user != null) {
                locked = countUserFailure(user, now, cutoff, until);
            }
            if (address != null) {
                countSourceFailure(address, now, cutoff, until);
            }
            return locked;
        }));
    }

    private @Nullable Instant countUserFailure(UserId user, Instant now, Instant cutoff, Instant until) {
        jdbc.sql("""
                update account_user set
                  failed_attempts = case when failure_window_start is null or failure_window_start <= ?
                                         then 1 else failed_attempts + 1 end,
                  failure_window_start = case when failure_window_start is null or failure_window_start <= ?
                                              then ? else failure_window_start end
                where user_id = ?""")
                .params(Jdbc.ts(cutoff), Jdbc.ts(cutoff), Jdbc.ts(now), user.value()).update();
        int locked = jdbc.sql("""
                update account_user set locked_until = ?, failed_attempts = 0, failure_window_start = null
                where user_id = ? and failed_attempts >= ?""")
                .params(Jdbc.ts(until), user.value(), settings.maxFailures()).update();
        if (locked == 0) {
            return null;
        }
        String reason = settings.maxFailures() + " failed sign-ins";
        AccountChanged.Kind kind = AccountChanged.Kind.LOCKED;
        users.addEvent(user, kind.event(), SYSTEM, now, reason);
        events.publishEvent(new AdministrativeAction(SYSTEM, kind.action(), "user", user.value(),
                Map.of("locked", false), Map.of("locked", true, "lockedUntil", until.toString()), reason));
        events.publishEvent(new AccountChanged(user, kind));
        return until;
    }

    private void countSourceFailure(String address, Instant now, Instant cutoff, Instant until) {
        jdbc.sql("insert into account_source_failure (address, failures, window_start) values (?, 0, ?) "
                        + "on conflict do nothing")
                .params(address, Jdbc.ts(now)).update();
        jdbc.sql("""
                update account_source_failure set
                  failures = case when window_start <= ? then 1 else failures + 1 end,
                  window_start = case when window_start <= ? then ? else window_start end
                where address = ?""")
                .params(Jdbc.ts(cutoff), Jdbc.ts(cutoff), Jdbc.ts(now), address).update();
        int blocked = jdbc.sql("""
                update account_source_failure set locked_until = ?, failures = 0, window_start = ?
                where address = ? and failures >= ?""")
                .params(Jdbc.ts(until), Jdbc.ts(now), address, settings.maxFailuresPerSource()).update();
        if (blocked > 0) {
            events.publishEvent(new AdministrativeAction(SYSTEM, "account.source-blocked", "source-address", address,
                    Map.of("blocked", false), Map.of("blocked", true, "blockedUntil", until.toString()),
                    settings.maxFailuresPerSource() + " failed sign-ins"));
        }
    }

    /** Lifts a user's lock and forgets its failures; returns whether it was locked. */
    public boolean unlockUser(UserId user) {
        Instant now = now();
        boolean wasLocked = jdbc.sql("select count(*) from account_user where user_id = ? and locked_until > ?")
                .params(user.value(), Jdbc.ts(now)).query(Integer.class).single() > 0;
        jdbc.sql("update account_user set locked_until = null, failed_attempts = 0, failure_window_start = null "
                + "where user_id = ?").param(user.value()).update();
        return wasLocked;
    }

    /** Lifts the block of a source address; returns whether it was blocked. */
    public boolean unblockSource(String address) {
        boolean wasBlocked = sourceBlockedUntil(address).isPresent();
        jdbc.sql("delete from account_source_failure where address = ?").param(address).update();
        return wasBlocked;
    }

    /** The source addresses blocked now. */
    public List<BlockedSource> blockedSources() {
        return jdbc.sql("select address, locked_until from account_source_failure where locked_until > ? order by address")
                .param(Jdbc.ts(now()))
                .query((rs, n) -> new BlockedSource(rs.getString("address"), Jdbc.instant(rs, "locked_until")))
                .list();
    }

    public record BlockedSource(String address, Instant blockedUntil) {
    }

    /**
     * Forgets source counters whose window and block are over. Runs on every node (issue 20): a
     * delete of what is over is the same whoever runs it and however often.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldSourceFailures() {
        Instant now = now();
        jdbc.sql("delete from account_source_failure where (locked_until is null or locked_until <= ?) and window_start <= ?")
                .params(Jdbc.ts(now), Jdbc.ts(now.minus(settings.failureWindow()))).update();
    }
}
