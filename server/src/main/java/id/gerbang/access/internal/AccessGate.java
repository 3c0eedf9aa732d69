package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.AccountChanged;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.account.RegisteredIps;
import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Channel;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The checks every data call passes before its request is even looked at, in the order of the
 * issue, each with its own outcome: credentials present, user known and password right (lockout is
 * counted by the account module), user active, agency active, agreement in force on today's Jakarta
 * date, channel allowed, source address registered. Everything is answered from memory after the
 * first call: accepted passwords from the {@link CredentialCache}, agreements from
 * {@link AgreementContexts}, registered addresses from the account module's in-memory list.
 */
@Component
public class AccessGate {

    private final Accounts accounts;
    private final RegisteredIps registeredIps;
    private final AgreementContexts agreements;
    private final Clock clock;
    private final boolean claimedIpMustBeRegistered;
    private final CredentialCache<SignedIn> credentials;
    /**
     * One platform thread for the hash checks that refresh busy credentials ahead of expiry, off the
     * requests' virtual threads (a check holds a carrier thread for tens of milliseconds); a full
     * queue only means an entry expires and its next call checks it itself.
     */
    private final ExecutorService refresher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("credential-refresh").daemon().factory());

    AccessGate(Accounts accounts, RegisteredIps registeredIps, AgreementContexts agreements, Clock clock,
            AccessProperties properties) {
        this.accounts = accounts;
        this.registeredIps = registeredIps;
        this.agreements = agreements;
        this.clock = clock;
        this.claimedIpMustBeRegistered = properties.claimedIpMustBeRegistered();
        this.credentials = new CredentialCache<>(clock, properties.credentialCacheTtl(), refresher);
    }

    @PreDestroy
    void stopRefreshing() {
        refresher.shutdownNow();
    }

    /**
     * Checks a password-carrying call.
     *
     * @param path which agreements the call's URL may belong to; a caller of another agreement is
     *             refused as a failed login (the URL names a different agency)
     */
    public Admission admit(@Nullable String userId, @Nullable String password, InetAddress source,
            @Nullable String claimedIp, Predicate<AgreementContext> path) {
        if (userId == null || password == null || (claimedIpMustBeRegistered && claimedIp == null)) {
            return Admission.refused(ServiceOutcome.CREDENTIALS_MISSING, userId, null, null);
        }
        Outcome login = new Outcome();
        SignedIn signedIn = credentials.get(userId, password,
                () -> {
                    AuthenticationResult result = accounts.authenticate(userId, password, source);
                    login.result = result;
                    return SignedIn.of(result);
                },
                // ahead of expiry: unchanged stored password -> no hashing (ADR 0042)
                previous -> SignedIn.of(accounts.reconfirm(previous.account().userId(), previous.stamp(), source)
                        .orElseGet(() -> accounts.authenticate(userId, password, source))));
        if (signedIn == null) {
            return Admission.refused(refusal(login.result), userId, null, null);
        }
        return admitAccount(signedIn.account(), source, claimedIp, path);
    }

    /** An accepted sign-in as the credential cache keeps it: the account and its credential stamp. */
    private record SignedIn(AccountView account, String stamp) {

        static @Nullable SignedIn of(AuthenticationResult result) {
            return result.outcome() == id.gerbang.account.AuthenticationOutcome.OK && result.account() != null
                    && result.credentialStamp() != null ? new SignedIn(result.account(), result.credentialStamp()) : null;
        }
    }

    /** Checks a caller already identified (by a v1 bearer token), from "user active" on. */
    public Admission admitAccount(AccountView account, InetAddress source, @Nullable String claimedIp,
            Predicate<AgreementContext> path) {
        return admit(account, Roles.AGENCY_SERVICE, Channel.WEB_SERVICE, source, claimedIp, path);
    }

    /**
     * Checks a web-portal call of a signed-in agency operator, from "user active" on: the same
     * checks in the same order as a web-service call, for the channel {@code WEB_PORTAL} and the
     * operator's own connection address.
     */
    public Admission admitOperator(AccountView operator, InetAddress source) {
        return admit(operator, Roles.AGENCY_OPERATOR, Channel.WEB_PORTAL, source, null, a -> true);
    }

    private Admission admit(AccountView account, Roles role, Channel channel, InetAddress source,
            @Nullable String claimedIp, Predicate<AgreementContext> path) {
        String user = account.userId().value();
        AgencyId agency = account.agency();
        AgreementId agreementId = account.agreement();
        if (account.status() != id.gerbang.account.AccountStatus.ACTIVE) {
            return Admission.refused(ServiceOutcome.USER_INACTIVE, user, agency, agreementId);
        }
        if (account.role() != role) {
            // another role is not an account of this channel (an operator on the web service, ...)
            return Admission.refused(ServiceOutcome.CHANNEL_NOT_ALLOWED, user, agency, agreementId);
        }
        if (agency == null || agreementId == null) {
            return Admission.refused(ServiceOutcome.AGREEMENT_INACTIVE, user, agency, agreementId);
        }
        LocalDate today = JakartaTime.today(clock);
        AgreementContext agreement = agreements.on(agreementId, today);
        if (!path.test(agreement)) {
            return Admission.refused(ServiceOutcome.LOGIN_FAILED, user, agency, agreementId);
        }
        if (agreement.reason() == AccessReason.AGENCY_INACTIVE) {
            return Admission.refused(ServiceOutcome.AGENCY_INACTIVE, user, agency, agreementId);
        }
        if (agreement.reason() != AccessReason.OK) {
            return Admission.refused(ServiceOutcome.AGREEMENT_INACTIVE, user, agency, agreementId);
        }
        if (!agreement.allows(channel)) {
            return Admission.refused(ServiceOutcome.CHANNEL_NOT_ALLOWED, user, agency, agreementId);
        }
        if (!registeredIps.isRegistered(agency, source)) {
            return Admission.refused(ServiceOutcome.IP_NOT_REGISTERED, user, agency, agreementId);
        }
        if (claimedIpMustBeRegistered) {
            Optional<InetAddress> claimed = ClientAddresses.literal(claimedIp);
            if (claimed.isEmpty()) {
                return Admission.refused(ServiceOutcome.INVALID_IP, user, agency, agreementId);
            }
            if (!registeredIps.isRegistered(agency, claimed.get())) {
                return Admission.refused(ServiceOutcome.IP_NOT_REGISTERED, user, agency, agreementId);
            }
        }
        return Admission.admitted(new Caller(user, agency, agreement, source));
    }

    private static ServiceOutcome refusal(@Nullable AuthenticationResult result) {
        if (result == null) {
            return ServiceOutcome.LOGIN_FAILED;
        }
        return switch (result.outcome()) {
            case LOCKED -> ServiceOutcome.ACCOUNT_LOCKED;
            // an account still holding its one-time password cannot be used until it is replaced
            case INACTIVE, PASSWORD_CHANGE_REQUIRED -> ServiceOutcome.USER_INACTIVE;
            default -> ServiceOutcome.LOGIN_FAILED;
        };
    }

    /** Any change the account module makes (password, status, lock, addresses) empties the cache. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountChanged change) {
        if (change.kind().forgetsCredentials()) {
            credentials.invalidate(change.userId().value());
        }
    }

    private static final class Outcome {
        @Nullable AuthenticationResult result;
    }
}
