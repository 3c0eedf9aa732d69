package id.gerbang.portal;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.internal.IssuedCredentials;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Channel;
import id.gerbang.common.Roles;
import java.util.List;
import java.util.Set;

/**
 * Portal users for tests, each in a new agency of its own (an agreement in force, the test's own
 * addresses registered unless told otherwise), so tests never depend on each other.
 */
public class PortalFixtures {

    static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_ADMIN, null);
    static final List<String> LOCAL = List.of("127.0.0.1", "::1");

    /** An agency with its agreement. */
    public record Agency(AgencyId id, AgreementId agreement) {
    }

    private final AccountFixtures accounts;
    private final IpRegistrations ips;

    PortalFixtures(AccountFixtures accounts, IpRegistrations ips) {
        this.accounts = accounts;
        this.ips = ips;
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

    /** A user of the agency whose one-time password was already replaced by {@link AccountFixtures#PASSWORD}. */
    public AccountFixtures.Login user(Roles role, Agency agency) {
        return accounts.user(role, agency.id(), agency.agreement());
    }

    public AccountFixtures.Login operator() {
        return user(Roles.AGENCY_OPERATOR, agency());
    }

    /** A user still holding its one-time password. */
    public IssuedCredentials newUser(Roles role, Agency agency) {
        return accounts.issue(role, agency.id(), agency.agreement());
    }

    public AccountFixtures.Login registryAdmin() {
        return accounts.registryAdmin();
    }
}
