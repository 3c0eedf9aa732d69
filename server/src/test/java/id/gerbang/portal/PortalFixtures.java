package id.gerbang.portal;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Channel;
import id.gerbang.common.Roles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Portal users for tests, each in a new agency of its own (an agreement in force, the test's own
 * addresses registered unless told otherwise), so tests never depend on each other. Users whose
 * role requires a second factor (agency and registry administrators) are enrolled here, as anyone
 * would be at the first sign-in; {@link #nextCode} gives the code a test types after the password.
 */
public class PortalFixtures {

    static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_ADMIN, null);
    static final List<String> LOCAL = List.of("127.0.0.1", "::1");

    /** An agency with its agreement. */
    public record Agency(AgencyId id, AgreementId agreement) {
    }

    /** The TOTP secrets of the users enrolled here, and the last time step whose code was given out. */
    private static final Map<String, long[]> STEPS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY = new ConcurrentHashMap<>();

    private final AccountFixtures accounts;
    private final IpRegistrations ips;
    private final SecondFactors secondFactors;

    PortalFixtures(AccountFixtures accounts, IpRegistrations ips, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.ips = ips;
        this.secondFactors = secondFactors;
    }

    /** Enrols the user's second factor (as the enrolment page does) and remembers its secret for {@link #nextCode}. */
    public byte[] enrol(String userId) {
        UserId user = UserId.of(userId);
        byte[] secret = AccountFixtures.totpKey(secondFactors.enrolment(user).secret());
        long step = AccountFixtures.totpStep(Instant.now());
        SECRETS.put(userId, secret);
        STEPS.put(userId, new long[] {step});
        RECOVERY.put(userId, secondFactors.confirm(user, AccountFixtures.totpCode(secret, step), null));
        return secret;
    }

    /** The recovery codes the enrolment of {@link #enrol} gave. */
    public static List<String> recoveryCodes(String userId) {
        return RECOVERY.getOrDefault(userId, List.of());
    }

    /**
     * A code for the user's next sign-in, when the user was enrolled here: of a time step not used
     * before (the server accepts the step before and after the current one, each once), waiting for
     * the next step when those are used up.
     */
    public static Optional<String> nextCode(String userId) {
        byte[] secret = SECRETS.get(userId);
        if (secret == null) {
            return Optional.empty();
        }
        long[] last = STEPS.get(userId);
        synchronized (last) {
            while (true) {
                long current = AccountFixtures.totpStep(Instant.now());
                long step = Math.max(last[0] + 1, current - 1);
                if (step <= current + 1) {
                    last[0] = step;
                    return Optional.of(AccountFixtures.totpCode(secret, step));
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Takes the user's steps up to now as used (a test typed a code of its own). */
    public static void usedUpTo(String userId, long step) {
        long[] last = STEPS.get(userId);
        if (last != null) {
            synchronized (last) {
                last[0] = Math.max(last[0], step);
            }
        }
    }

    /** An agency whose agreement grants both channels, 100 calls a day, the local addresses registered. */
    public Agency agency() {
        return agency(Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL), 100, LOCAL);
    }

    public Agency agency(Set<Channel> channels, int dailyQuota, List<String> addresses) {
        AgencyId agency = accounts.agency();
        AgreementId agreement = accounts.agreement(agency, dailyQuota, channels).id();
        for (String address : addresses) {
            IpRegistration r = ips.request(SYSTEM, agency, address, "Kantor uji", "Jalan Uji No. 1");
            ips.approve(SYSTEM, r.id(), "test");
        }
        return new Agency(agency, agreement);
    }

    /**
     * A user of the agency whose one-time password was already replaced by {@link AccountFixtures#PASSWORD},
     * enrolled in the second factor where the role requires one.
     */
    public AccountFixtures.Login user(Roles role, Agency agency) {
        return enrolledIfRequired(accounts.user(role, agency.id(), agency.agreement()), role);
    }

    /** Such a user without the second factor, which it enrols at its first sign-in. */
    public AccountFixtures.Login unenrolled(Roles role, Agency agency) {
        return accounts.user(role, agency.id(), agency.agreement());
    }

    private AccountFixtures.Login enrolledIfRequired(AccountFixtures.Login login, Roles role) {
        if (SecondFactors.required(role)) {
            enrol(login.user());
        }
        return login;
    }

    public AccountFixtures.Login operator() {
        return user(Roles.AGENCY_OPERATOR, agency());
    }

    /** A user still holding its one-time password. */
    public AccountFixtures.Issued newUser(Roles role, Agency agency) {
        return accounts.issued(role, agency.id(), agency.agreement());
    }

    public AccountFixtures.Login registryAdmin() {
        return enrolledIfRequired(accounts.registryAdmin(), Roles.REGISTRY_ADMIN);
    }
}
