package id.gerbang.account;

import id.gerbang.account.internal.AccountPrincipal;
import id.gerbang.account.internal.Authenticator;
import id.gerbang.account.internal.Secrets;
import id.gerbang.account.internal.SourceBlocks;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.account.internal.UserRecord;
import id.gerbang.account.internal.UserRepository;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The account module's API for other modules: sign-in checks for the data channels, account views,
 * and who is acting in an administrative request.
 */
@Service
public class Accounts {

    /** Compared against when the user is unknown, so the answer takes the same time. */
    private static final String NO_TOKEN_HASH = "0".repeat(64);

    private final Authenticator authenticator;
    private final UserRepository users;
    private final UserAdministration administration;
    private final Clock clock;
    private final SourceBlocks sourceBlocks;

    Accounts(Authenticator authenticator, UserRepository users, UserAdministration administration, Clock clock,
            SourceBlocks sourceBlocks) {
        this.authenticator = authenticator;
        this.users = users;
        this.administration = administration;
        this.sourceBlocks = sourceBlocks;
        this.clock = clock;
    }

    /**
     * The signed-in user replaces their own password (the password policy applies; a wrong current
     * password counts as a failed sign-in for lockout). Publishes {@code account.password-changed}.
     *
     * @param source the connection's address, for lockout counting; {@code null} when unknown
     * @throws GerbangException {@code CURRENT_PASSWORD_WRONG}, {@code PASSWORD_UNCHANGED} or a
     *                          password-policy code, with the field at fault
     */
    public AccountView changeOwnPassword(UserId userId, String currentPassword, String newPassword,
            @org.jspecify.annotations.Nullable InetAddress source) {
        return administration.changeOwnPassword(userId, currentPassword, newPassword,
                source == null ? null : id.gerbang.account.internal.IpAddresses.format(source));
    }

    /**
     * Checks a user ID and password presented from {@code source} (the connection's real address),
     * counting failures per user and per source address for lockout. See {@link AuthenticationOutcome}.
     */
    public AuthenticationResult authenticate(String userId, String password, InetAddress source) {
        return authenticator.authenticate(userId, password, source);
    }

    /**
     * Confirms again, without hashing, a password that {@link #authenticate} accepted: the answer
     * {@code authenticate} would give now, as long as the stored password is still the one then
     * checked ({@code credentialStamp} of that result). Empty when the password was changed or
     * reset since (or the user is gone): then only a full {@link #authenticate} can tell. Lockout
     * of the user or the source, deactivation and a required password change are answered as
     * {@code authenticate} answers them. For callers that cache accepted credentials and must
     * notice changes within a bounded time (the web service's credential cache).
     */
    public Optional<AuthenticationResult> reconfirm(UserId userId, String credentialStamp, InetAddress source) {
        return authenticator.reconfirm(userId, credentialStamp, source);
    }

    /**
     * Whether {@code token} is the web-service token of an active account {@code userId}; compared
     * in constant time. Deactivated accounts and accounts without a token never match.
     */
    public boolean verifyToken(UserId userId, String token) {
        Optional<UserRecord> user = users.find(userId);
        String stored = user.map(UserRecord::tokenHash).orElse(null);
        boolean matches = Secrets.tokenMatches(token, stored == null ? NO_TOKEN_HASH : stored);
        return matches && stored != null && user.get().status() == AccountStatus.ACTIVE;
    }

    public Optional<AccountView> find(UserId userId) {
        return users.find(userId).map(u -> u.view(clock.instant()));
    }

    /**
     * The acting user of an authenticated request: the user ID, the role from the authorities and,
     * for agency staff, the agency from the account.
     *
     * @throws GerbangException {@code FORBIDDEN} when the request carries no Gerbang role, or agency
     *                          staff has no account with an agency
     */
    public Actor actorOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            AccountView account = principal.account();
            return new Actor(account.userId().value(), account.role(), account.agency());
        }
        Roles role = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .flatMap(a -> Arrays.stream(Roles.values()).filter(r -> r.authority().equals(a)))
                .findFirst()
                .orElseThrow(() -> new GerbangException(CommonError.FORBIDDEN));
        String name = authentication.getName();
        if (role == Roles.REGISTRY_ADMIN || role == Roles.REGISTRY_AUDITOR) {
            return new Actor(name, role, null);
        }
        AgencyId agency = UserId.isValid(name)
                ? users.find(UserId.of(name)).map(UserRecord::agency).orElse(null) : null;
        if (agency == null) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return new Actor(name, role, agency);
    }

    /**
     * The accounts an administrator may list, newest first: a registry administrator's of
     * {@code agency} (all when null), an agency administrator's of its own agency only.
     */
    public List<AccountView> list(Actor actor, @Nullable AgencyId agency) {
        return administration.list(actor, agency, null, null);
    }

    /**
     * The active accounts with {@code role}, of {@code agency} ({@code null}: registry staff or every
     * agency), ordered by user ID: the recipients of notifications. No administrator's scope applies;
     * callers are system jobs, never a request's user.
     */
    public List<UserId> activeUsers(Roles role, @Nullable AgencyId agency) {
        return users.list(agency, role, AccountStatus.ACTIVE).stream().map(UserRecord::userId).toList();
    }

    /**
     * Switches an account off at once (an employee who left): registry administrators any account but
     * the last active registry administrator, agency administrators their own agency's.
     */
    public AccountView deactivate(Actor actor, UserId userId, String reason) {
        return administration.deactivate(actor, userId, reason);
    }

    // ---- the registry administrator's user actions (the administration API's, for the portal) ----

    /** A source address blocked after repeated failed sign-ins, until when. */
    public record BlockedSource(String address, java.time.Instant blockedUntil) {
    }

    /** Accounts an administrator may list (as {@link #list(Actor, AgencyId)}), filtered by role and status. */
    public List<AccountView> list(Actor actor, @Nullable AgencyId agency, @Nullable Roles role,
            @Nullable AccountStatus status) {
        return administration.list(actor, agency, role, status);
    }

    /** One account with the administrator's right to see it checked. */
    public AccountView find(Actor actor, UserId userId) {
        return administration.find(actor, userId);
    }

    /** Switches a deactivated account on again (registry administrators). */
    public AccountView reactivate(Actor actor, UserId userId, String reason) {
        return administration.reactivate(actor, userId, reason);
    }

    /** Lifts a lock after repeated failed sign-ins before it ends by itself (registry administrators). */
    public AccountView unlock(Actor actor, UserId userId, String reason) {
        return administration.unlock(actor, userId, reason);
    }

    /** Issues a new one-time password and lifts any lock (registry administrators). */
    public OneTimeSecrets resetPassword(Actor actor, UserId userId, String reason) {
        return OneTimeSecrets.of(administration.resetPassword(actor, userId, reason));
    }

    /** Issues a new web-service token to a service account (registry administrators). */
    public OneTimeSecrets reissueToken(Actor actor, UserId userId, String reason) {
        return OneTimeSecrets.of(administration.reissueToken(actor, userId, reason));
    }

    /** Source addresses blocked now after repeated failed sign-ins. */
    public List<BlockedSource> blockedSources() {
        return sourceBlocks.blocked().stream().map(b -> new BlockedSource(b.address(), b.blockedUntil())).toList();
    }

    /** Lifts the block of a source address (registry administrators). */
    public void unblockSource(Actor actor, String address, String reason) {
        sourceBlocks.unblock(actor, address, reason);
    }
}
