package id.gerbang.account.internal;

import id.gerbang.account.AccountChanged;
import id.gerbang.account.AccountError;
import id.gerbang.account.AccountStatus;
import id.gerbang.account.AccountView;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts over their life: issue (from an approved application, or registry staff directly),
 * deactivate, reactivate, reset the password, lift a lock, reissue the web-service token, and the
 * user's own password change. Every change is written to the account's history and published as an
 * {@link AdministrativeAction} in the same transaction; secrets never go into either.
 */
@Service
public class UserAdministration {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Secrets secrets;
    private final AgreementLookup agreements;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserAdministration(UserRepository users, LoginAttempts attempts, PasswordEncoder encoder, PasswordPolicy policy,
            Secrets secrets, AgreementLookup agreements, AccountProperties properties, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.encoder = encoder;
        this.policy = policy;
        this.secrets = secrets;
        this.agreements = agreements;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a new account is made of. */
    public record NewAccount(UserId userId, Roles role, String fullName, @Nullable AgencyId agency,
            @Nullable AgreementId agreement, @Nullable Long applicationId, boolean passwordChangeRequired) {
    }

    /**
     * Creates an account with a fresh one-time password (and, for a service account whose agreement
     * grants the web service, a token). Runs inside the caller's transaction.
     */
    @Transactional
    public IssuedCredentials issue(String actor, NewAccount account, @Nullable String reason) {
        if (users.exists(account.userId())) {
            throw new GerbangException(AccountError.USER_ID_TAKEN, Map.of("userId", "account.userId.taken"));
        }
        Instant now = clock.instant();
        String token = null;
        if (account.role() == Roles.AGENCY_SERVICE) {
            AgreementId agreement = java.util.Objects.requireNonNull(account.agreement());
            requireServiceSlot(agreement);
            if (agreements.grantsWebService(agreement)) {
                token = secrets.token();
            }
        }
        String password = secrets.oneTimePassword();
        UserRecord record = new UserRecord(account.userId(), account.role(), account.fullName(), account.agency(),
                account.agreement(), account.applicationId(), AccountStatus.ACTIVE, encoder.encode(password),
                account.passwordChangeRequired(), null, token == null ? null : Secrets.tokenHash(token),
                token == null ? null : now, 0, null, null, now, actor);
        users.insert(record);
        users.addEvent(account.userId(), AccountChanged.Kind.CREATED.event(), actor, now, reason);
        events.publishEvent(new AdministrativeAction(actor, AccountChanged.Kind.CREATED.action(), "user", account.userId().value(),
                null, record.auditState(now), reason));
        events.publishEvent(new AccountChanged(account.userId(), AccountChanged.Kind.CREATED));
        return new IssuedCredentials(account.userId(), password, token);
    }

    /** A registry administrator creates another registry administrator or auditor. */
    @Transactional
    public IssuedCredentials createRegistryStaff(Actor actor, UserId userId, Roles role, String fullName, String reason) {
        requireRegistryAdmin(actor);
        if (role != Roles.REGISTRY_ADMIN && role != Roles.REGISTRY_AUDITOR) {
            throw new GerbangException(AccountError.ROLE_NOT_ALLOWED, Map.of("role", "account.role.registryOnly"));
        }
        return issue(actor.userId(), new NewAccount(userId, role, fullName, null, null, null, true), reason);
    }

    public AccountView find(Actor actor, UserId userId) {
        UserRecord user = load(userId);
        actor.requireMaySee(user.agency());
        if (!actor.isRegistryStaff() && user.agency() == null) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        return user.view(clock.instant());
    }

    public List<AccountView> list(Actor actor, @Nullable AgencyId agency, @Nullable Roles role,
            @Nullable AccountStatus status) {
        AgencyId scope = actor.listingScope(agency);
        Instant now = clock.instant();
        return users.list(scope, role, status).stream().map(u -> u.view(now)).toList();
    }

    public List<UserRepository.UserEvent> history(Actor actor, UserId userId) {
        find(actor, userId);
        return users.events(userId);
    }

    /**
     * Switches an account off. A registry administrator may deactivate anyone but the last active
     * registry administrator; an agency administrator only the users of its own agency (an employee
     * who left must lose access at once, without waiting for the registry).
     */
    @Transactional
    public AccountView deactivate(Actor actor, UserId userId, String reason) {
        UserRecord user = lockRow(userId);
        if (!actor.isRegistryAdmin()) {
            actor.requireActsFor(user.agency());
            if (user.agency() == null) {
                throw new GerbangException(CommonError.FORBIDDEN);
            }
        }
        if (user.status() == AccountStatus.DEACTIVATED) {
            throw new GerbangException(AccountError.USER_STATUS_UNCHANGED, user.status().name());
        }
        if (user.role() == Roles.REGISTRY_ADMIN && users.countActive(Roles.REGISTRY_ADMIN, null) <= 1) {
            throw new GerbangException(AccountError.LAST_REGISTRY_ADMIN);
        }
        users.updateStatus(userId, AccountStatus.DEACTIVATED);
        return changed(actor, user, AccountChanged.Kind.DEACTIVATED, reason);
    }

    /** Only a registry administrator reactivates; the service-account limit applies again. */
    @Transactional
    public AccountView reactivate(Actor actor, UserId userId, String reason) {
        requireRegistryAdmin(actor);
        UserRecord user = lockRow(userId);
        if (user.status() == AccountStatus.ACTIVE) {
            throw new GerbangException(AccountError.USER_STATUS_UNCHANGED, user.status().name());
        }
        if (user.role() == Roles.AGENCY_SERVICE && user.agreement() != null) {
            requireServiceSlot(user.agreement());
        }
        users.updateStatus(userId, AccountStatus.ACTIVE);
        return changed(actor, user, AccountChanged.Kind.REACTIVATED, reason);
    }

    /**
     * Replaces the password by a new one-time password, which must be changed at the next sign-in,
     * and lifts any lock.
     */
    @Transactional
    public IssuedCredentials resetPassword(Actor actor, UserId userId, String reason) {
        requireRegistryAdmin(actor);
        UserRecord user = lockRow(userId);
        String password = secrets.oneTimePassword();
        users.updatePassword(userId, encoder.encode(password), true, clock.instant());
        attempts.unlockUser(userId);
        changed(actor, user, AccountChanged.Kind.PASSWORD_RESET, reason);
        return new IssuedCredentials(userId, password, null);
    }

    @Transactional
    public AccountView unlock(Actor actor, UserId userId, String reason) {
        requireRegistryAdmin(actor);
        UserRecord user = lockRow(userId);
        attempts.unlockUser(userId);
        return changed(actor, user, AccountChanged.Kind.UNLOCKED, reason);
    }

    /** Issues a new web-service token to a service account; the old one stops working at once. */
    @Transactional
    public IssuedCredentials reissueToken(Actor actor, UserId userId, String reason) {
        requireRegistryAdmin(actor);
        UserRecord user = lockRow(userId);
        if (user.role() != Roles.AGENCY_SERVICE || user.agreement() == null
                || !agreements.grantsWebService(user.agreement())) {
            throw new GerbangException(AccountError.WEB_SERVICE_NOT_GRANTED);
        }
        String token = secrets.token();
        users.updateToken(userId, Secrets.tokenHash(token), clock.instant());
        changed(actor, user, AccountChanged.Kind.TOKEN_ISSUED, reason);
        return new IssuedCredentials(userId, null, token);
    }

    /**
     * The signed-in user replaces their password. A wrong current password counts as a failed
     * sign-in for lockout.
     */
    @Transactional(noRollbackFor = GerbangException.class)
    public AccountView changeOwnPassword(UserId userId, String currentPassword, String newPassword,
            @Nullable String sourceAddress) {
        UserRecord user = load(userId);
        if (!encoder.matches(currentPassword, user.passwordHash())) {
            attempts.recordFailure(userId, sourceAddress);
            throw new GerbangException(AccountError.CURRENT_PASSWORD_WRONG,
                    Map.of("currentPassword", "account.password.currentWrong"));
        }
        if (currentPassword.equals(newPassword)) {
            throw new GerbangException(AccountError.PASSWORD_UNCHANGED, Map.of("newPassword", "account.password.unchanged"));
        }
        policy.check(userId, newPassword, "newPassword");
        Instant now = clock.instant();
        users.updatePassword(userId, encoder.encode(newPassword), false, now);
        AccountChanged.Kind kind = AccountChanged.Kind.PASSWORD_CHANGED;
        users.addEvent(userId, kind.event(), userId.value(), now, null);
        events.publishEvent(new AdministrativeAction(userId.value(), kind.action(), "user",
                userId.value(), Map.of("passwordChangeRequired", user.passwordChangeRequired()),
                Map.of("passwordChangeRequired", false), null));
        events.publishEvent(new AccountChanged(userId, kind));
        return load(userId).view(now);
    }

    /**
     * Holds the agreement's service-account slot row until the transaction ends, then checks the
     * limit, so two approvals at once cannot both take the last place.
     */
    void requireServiceSlot(AgreementId agreement) {
        jdbc.sql("insert into account_service_slot (agreement_id) values (?) on conflict do nothing")
                .param(agreement.value()).update();
        jdbc.sql("select agreement_id from account_service_slot where agreement_id = ? for update")
                .param(agreement.value()).query(Long.class).single();
        int max = properties.maxServiceAccountsPerAgreement();
        if (users.countActive(Roles.AGENCY_SERVICE, agreement) >= max) {
            throw new GerbangException(AccountError.SERVICE_ACCOUNT_LIMIT_REACHED, max);
        }
    }

    private AccountView changed(Actor actor, UserRecord before, AccountChanged.Kind kind, @Nullable String reason) {
        Instant now = clock.instant();
        UserRecord after = load(before.userId());
        users.addEvent(before.userId(), kind.event(), actor.userId(), now, reason);
        events.publishEvent(new AdministrativeAction(actor.userId(), kind.action(), "user", before.userId().value(),
                before.auditState(now), after.auditState(now), reason));
        events.publishEvent(new AccountChanged(before.userId(), kind));
        return after.view(now);
    }

    private UserRecord load(UserId userId) {
        return users.find(userId).orElseThrow(() -> new GerbangException(AccountError.USER_NOT_FOUND));
    }

    private UserRecord lockRow(UserId userId) {
        return users.findForUpdate(userId).orElseThrow(() -> new GerbangException(AccountError.USER_NOT_FOUND));
    }

    private static void requireRegistryAdmin(Actor actor) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }
}
