package id.gerbang.account;

import id.gerbang.account.internal.IssuedCredentials;
import id.gerbang.account.internal.Totp;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Test data through the modules' own APIs: agencies and agreements with unique names and codes,
 * and accounts with a known password. Tests share one database, so everything here is new. Built
 * by hand in each test (not a bean), so the application context stays the same for every test.
 */
public class AccountFixtures {

    /** A password that passes the policy; every fixture account gets it. */
    public static final String PASSWORD = "Uji-Kata-Sandi-2025!";

    public record Login(UserId userId, String password, @Nullable AgencyId agency) {
        public String user() {
            return userId.value();
        }
    }

    private final Agencies agencies;
    private final Agreements agreements;
    private final UserAdministration administration;
    private final Clock clock;

    public AccountFixtures(Agencies agencies, Agreements agreements, UserAdministration administration, Clock clock) {
        this.agencies = agencies;
        this.agreements = agreements;
        this.administration = administration;
        this.clock = clock;
    }

    /**
     * The fixtures from an application context: other modules' tests use this (and the methods
     * below) rather than the account module's internals.
     */
    public static AccountFixtures of(ApplicationContext context) {
        return new AccountFixtures(context.getBean(Agencies.class), context.getBean(Agreements.class),
                context.getBean(UserAdministration.class), context.getBean(Clock.class));
    }

    /** What an issued account's first secrets are (shown once in real life). */
    public record Issued(UserId userId, @Nullable String password, @Nullable String webServiceToken) {
        @Override
        public String toString() {
            return "Issued[" + userId + ", secrets hidden]";
        }
    }

    /** A new web-service account of {@code agency} under {@code agreement}, with its one-time password and token. */
    public Issued service(UserId user, String name, AgencyId agency, id.gerbang.agreement.AgreementId agreement) {
        IssuedCredentials issued = administration.issue("test", new UserAdministration.NewAccount(user,
                Roles.AGENCY_SERVICE, name, agency, agreement, null, false), "test");
        return new Issued(issued.userId(), issued.oneTimePassword(), issued.webServiceToken());
    }

    /** A new account of {@code role}, as issued (one-time password, no password change yet). */
    public Issued issued(Roles role, @Nullable AgencyId agency, id.gerbang.agreement.@Nullable AgreementId agreement) {
        IssuedCredentials issued = issue(role, agency, agreement);
        return new Issued(issued.userId(), issued.oneTimePassword(), issued.webServiceToken());
    }

    /** A registry administrator resets the user's password (its sessions and tokens end). */
    public void resetPassword(UserId user) {
        administration.resetPassword(SYSTEM, user, "test");
    }

    /** A registry administrator deactivates the user. */
    public void deactivate(UserId user) {
        administration.deactivate(SYSTEM, user, "test");
    }

    /** Lifts the block of a source address after too many failed sign-ins. */
    public static void unblockSource(ApplicationContext context, String address) {
        context.getBean(id.gerbang.account.internal.LoginAttempts.class).unblockSource(address);
    }

    /** A second factor's key from the Base32 secret the enrolment page shows. */
    public static byte[] totpKey(String base32Secret) {
        return Totp.fromBase32(base32Secret);
    }

    /** The TOTP time step of an instant (30 s each). */
    public static long totpStep(java.time.Instant at) {
        return Totp.step(at);
    }

    /** The code of {@code key} for time step {@code step}. */
    public static String totpCode(byte[] key, long step) {
        return Totp.code(key, step);
    }

    private static final Actor SYSTEM = new Actor("test", Roles.REGISTRY_ADMIN, null);

    public static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public AgencyId agency() {
        return agencies.register(new AgencyDetails("Dinas Uji " + unique(""), AgencyKind.REGENCY_OFFICE,
                "Jalan Uji No. 1", "32.04"), "test").id();
    }

    public AgreementView agreement(AgencyId agency, int dailyQuota, Set<Channel> channels) {
        LocalDate today = JakartaTime.today(clock);
        AgreementView draft = agreements.create(new AgreementDraft(agency, unique("470/T/"), unique("119/T/"),
                today.minusDays(1), "Bandung", today.minusDays(1), today.plusYears(2),
                new ApprovalLetter("470/1/Dukcapil", today.minusDays(2)), "Uji", PurposeCategory.PUBLIC_SERVICE,
                ElementGrant.SEED_TEMPLATE, channels, FeedbackObligations.NONE, dailyQuota,
                CompatibilitySettings.defaults(unique("UJI_").toUpperCase())), "test");
        return agreements.activate(draft.id(), null, "test");
    }

    public AgreementView agreement(AgencyId agency, int dailyQuota) {
        return agreement(agency, dailyQuota, Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL));
    }

    /** An account whose one-time password has already been replaced by {@link #PASSWORD}. */
    public Login user(Roles role, @Nullable AgencyId agency, id.gerbang.agreement.@Nullable AgreementId agreement) {
        IssuedCredentials issued = issue(role, agency, agreement);
        administration.changeOwnPassword(issued.userId(), issued.oneTimePassword(), PASSWORD, null);
        return new Login(issued.userId(), PASSWORD, agency);
    }

    /** An account still on its one-time password. */
    public IssuedCredentials issue(Roles role, @Nullable AgencyId agency, id.gerbang.agreement.@Nullable AgreementId agreement) {
        return administration.issue("test", new UserAdministration.NewAccount(UserId.of(unique("t.")), role,
                "Pengguna Uji", agency, agreement, null, true), "test");
    }

    public Login registryAdmin() {
        return user(Roles.REGISTRY_ADMIN, null, null);
    }
}
