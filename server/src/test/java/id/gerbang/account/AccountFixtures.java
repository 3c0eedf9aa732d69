package id.gerbang.account;

import id.gerbang.account.internal.IssuedCredentials;
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
