package id.gerbang.account.internal;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.account.UserId;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
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
 *
 * <p>A wrong password for an agency's account counts against the user only when it comes from an
 * address registered for the agency (or the agency has none yet, or the source is unknown); from
 * anywhere else it counts only against the source address, so nobody outside an agency's
 * registered network can lock its accounts out of that network (ADR 0026). Registry accounts
 * belong to no agency and have no registered addresses: every failure counts against them.
 */
@Component
public class Authenticator {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final IpAllowList registered;
    private volatile @Nullable String dummyHash;

    Authenticator(UserRepository users, LoginAttempts attempts, PasswordEncoder encoder, Clock clock,
            IpAllowList registered) {
        this.users = users;
        this.registered = registered;
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
        Optional<AuthenticationResult> blocked = sourceBlocked(address);
        if (blocked.isPresent()) {
            return blocked.get();
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
            attempts.recordFailure(countsAgainstUser(user, source) ? user.userId() : null, address);
            return AuthenticationResult.of(AuthenticationOutcome.BAD_PASSWORD);
        }
        if (user.status() != AccountStatus.ACTIVE) {
            return AuthenticationResult.of(AuthenticationOutcome.INACTIVE);
        }
        users.recordSuccess(user.userId(), now);
        String stored = user.passwordHash();
        if (encoder.upgradeEncoding(stored)) {
            String upgraded = encoder.encode(password);
            users.upgradeHash(user.userId(), stored, upgraded);
            stored = upgraded; // if a concurrent change won, the stamp simply will not match
        }
        return accepted(user, now, stamp(stored));
    }

    /**
     * {@link #authenticate}'s answer for a password accepted earlier, without hashing it again:
     * empty unless the stored hash is still the one {@code credentialStamp} was made from (every
     * password change or reset makes a new salted hash). The other checks are those of
     * {@code authenticate}, in its order; nothing is counted, since no password is tried.
     */
    public Optional<AuthenticationResult> reconfirm(UserId userId, String credentialStamp, @Nullable InetAddress source) {
        Optional<AuthenticationResult> blocked = sourceBlocked(source == null ? null : IpAddresses.format(source));
        if (blocked.isPresent()) {
            return blocked;
        }
        Optional<UserRecord> found = users.find(userId);
        if (found.isEmpty() || !MessageDigest.isEqual(
                stamp(found.get().passwordHash()).getBytes(StandardCharsets.US_ASCII),
                credentialStamp.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        UserRecord user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return Optional.of(new AuthenticationResult(AuthenticationOutcome.LOCKED, null, user.lockedUntil()));
        }
        if (user.status() != AccountStatus.ACTIVE) {
            return Optional.of(AuthenticationResult.of(AuthenticationOutcome.INACTIVE));
        }
        users.recordSuccess(user.userId(), now);
        return Optional.of(accepted(user, now, credentialStamp));
    }

    /**
     * Whether a failure from {@code source} counts toward locking {@code user}: always for registry
     * accounts, for an unknown source, and for an agency without registered addresses; otherwise
     * only from an address registered for the user's agency.
     */
    private boolean countsAgainstUser(UserRecord user, @Nullable InetAddress source) {
        if (user.agency() == null || source == null || !registered.hasAny(user.agency())) {
            return true;
        }
        return registered.isRegistered(user.agency(), source);
    }

    /** LOCKED while too many failures from {@code address} block it; empty otherwise or when unknown. */
    private Optional<AuthenticationResult> sourceBlocked(@Nullable String address) {
        if (address == null) {
            return Optional.empty();
        }
        return attempts.sourceBlockedUntil(address)
                .map(until -> new AuthenticationResult(AuthenticationOutcome.LOCKED, null, until));
    }

    /** The answer for an active user whose credential was accepted (its success already recorded). */
    private static AuthenticationResult accepted(UserRecord user, Instant now, String credentialStamp) {
        AuthenticationOutcome outcome = user.passwordChangeRequired()
                ? AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED : AuthenticationOutcome.OK;
        return new AuthenticationResult(outcome, user.view(now), null, credentialStamp);
    }

    /** SHA-256 of the stored hash under a fixed label, hex: tells changes apart, and nothing else. */
    static String stamp(String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("gerbang-credential-stamp\0".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(storedHash.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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
