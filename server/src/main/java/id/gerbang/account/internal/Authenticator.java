package id.gerbang.account.internal;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.account.UserId;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user ID and password, counting failures for lockout. The order of the checks keeps
 * outsiders from learning anything: a blocked source or locked user is refused before the password
 * is looked at (and nothing is counted); an unknown user costs the same hash verification as a
 * known one; whether an account is deactivated is told only to a caller with the right password.
 * No transaction is held while a password is hashed.
 */
@Component
public class Authenticator {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private volatile @Nullable String dummyHash;

    Authenticator(UserRepository users, LoginAttempts attempts, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * @param source the connection's source address; {@code null} when unknown (then only the
     *               per-user count applies)
     */
    public AuthenticationResult authenticate(String userIdText, String password, @Nullable InetAddress source) {
        String address = source == null ? null : IpAddresses.format(source);
        if (address != null) {
            Optional<Instant> blocked = attempts.sourceBlockedUntil(address);
            if (blocked.isPresent()) {
                return new AuthenticationResult(AuthenticationOutcome.LOCKED, null, blocked.get());
            }
        }
        Optional<UserRecord> found = UserId.isValid(userIdText) ? users.find(UserId.of(userIdText)) : Optional.empty();
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash());
            attempts.recordFailure(null, address);
            return AuthenticationResult.of(AuthenticationOutcome.UNKNOWN_USER);
        }
        UserRecord user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return new AuthenticationResult(AuthenticationOutcome.LOCKED, null, user.lockedUntil());
        }
        if (!encoder.matches(password, user.passwordHash())) {
            attempts.recordFailure(user.userId(), address);
            return AuthenticationResult.of(AuthenticationOutcome.BAD_PASSWORD);
        }
        if (user.status() != AccountStatus.ACTIVE) {
            return AuthenticationResult.of(AuthenticationOutcome.INACTIVE);
        }
        users.recordSuccess(user.userId(), now);
        if (encoder.upgradeEncoding(user.passwordHash())) {
            users.upgradeHash(user.userId(), user.passwordHash(), encoder.encode(password));
        }
        AuthenticationOutcome outcome = user.passwordChangeRequired()
                ? AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED : AuthenticationOutcome.OK;
        return new AuthenticationResult(outcome, user.view(now), null);
    }

    /** Checks a password without counting anything; for re-confirming the signed-in user's own password. */
    boolean passwordMatches(UserRecord user, String password) {
        return encoder.matches(password, user.passwordHash());
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = encoder.encode("gerbang-timing-equaliser-" + System.nanoTime());
            dummyHash = hash;
        }
        return hash;
    }
}
