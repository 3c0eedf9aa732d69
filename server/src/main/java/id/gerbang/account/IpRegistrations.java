package id.gerbang.account;

import id.gerbang.account.internal.IpAllowList;
import id.gerbang.account.internal.AccountProperties;
import id.gerbang.account.internal.IpBlock;
import id.gerbang.account.internal.AgreementLookup;
import id.gerbang.account.internal.IpRegistrationRepository;
import id.gerbang.account.AccountError;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IP registration requests (juknis item 2.k): an agency administrator (or a registry administrator
 * on its behalf) asks; a registry administrator approves or rejects; an active registration is
 * removed by either. Only IP literals are accepted (never a host name, so nothing is looked up).
 */
@Service
public class IpRegistrations {

    private final IpRegistrationRepository registrations;
    private final ReviewWorkflow<IpRegistration, IpRegistration.Status> workflow;
    private final IpAllowList allowList;
    private final AgreementLookup agreements;
    private final AccountProperties.Ip settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IpRegistrations(IpRegistrationRepository registrations, IpAllowList allowList, AgreementLookup agreements,
            AccountProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.workflow = new ReviewWorkflow<>(registrations, "registered-ip", AccountError.IP_REGISTRATION_NOT_FOUND,
                AccountError.IP_REGISTRATION_STATUS_WRONG, events);
        this.allowList = allowList;
        this.agreements = agreements;
        this.settings = properties.ip();
        this.events = events;
        this.clock = clock;
    }

    /** Parses and checks an address or network as a registration would. */
    public IpBlock parse(String text) {
        IpBlock block;
        try {
            block = IpBlock.parse(text);
        } catch (IpBlock.HostBitsSetException e) {
            throw new GerbangException(AccountError.IP_HOST_BITS_SET, Map.of("address", "account.ip.hostBits"),
                    e.intended().toString());
        } catch (IllegalArgumentException e) {
            throw new GerbangException(AccountError.IP_INVALID, Map.of("address", "account.ip.invalid"));
        }
        int min = block.isIpv4() ? settings.minIpv4Prefix() : settings.minIpv6Prefix();
        if (block.prefix() < min) {
            throw new GerbangException(AccountError.IP_PREFIX_TOO_SHORT, Map.of("address", "account.ip.prefix"), min);
        }
        return block;
    }

    @Transactional
    public IpRegistration request(Actor actor, @Nullable AgencyId agencyOrNull, String address, String officeName,
            String officeAddress) {
        AgencyId agency = agencyOrNull != null ? agencyOrNull : actor.agency();
        if (agency == null) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of("agencyId", "validation.NotNull"));
        }
        actor.requireActsFor(agency);
        agreements.requireAgency(agency);
        String network = parse(address).toString();
        if (registrations.isOpen(agency, network)) {
            throw new GerbangException(AccountError.IP_ALREADY_REGISTERED, network);
        }
        Instant now = clock.instant();
        long id = registrations.insert(agency, network, officeName.strip(), officeAddress.strip(), actor.userId(), now);
        return workflow.created(actor, id, IpRegistration.Status.REQUESTED, now, "account.ip-requested", null);
    }

    @Transactional
    public IpRegistration approve(Actor actor, long id, @Nullable String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        return decide(actor, workflow.locked(id, IpRegistration.Status.REQUESTED, null), IpRegistration.Status.ACTIVE,
                reason, "account.ip-approved");
    }

    @Transactional
    public IpRegistration reject(Actor actor, long id, String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        return decide(actor, workflow.locked(id, IpRegistration.Status.REQUESTED, null), IpRegistration.Status.REJECTED,
                reason, "account.ip-rejected");
    }

    @Transactional
    public IpRegistration withdraw(Actor actor, long id, String reason) {
        IpRegistration registration = workflow.locked(id, IpRegistration.Status.REQUESTED, actor);
        return decide(actor, registration, IpRegistration.Status.WITHDRAWN, reason, "account.ip-withdrawn");
    }

    /** Ends an active registration: a registry administrator, or the agency's own administrator. */
    @Transactional
    public IpRegistration remove(Actor actor, long id, String reason) {
        IpRegistration registration = workflow.locked(id, IpRegistration.Status.ACTIVE, actor);
        Instant now = clock.instant();
        registrations.remove(id, actor.userId(), now, reason);
        return recorded(actor, registration, IpRegistration.Status.REMOVED, reason, "account.ip-removed", now);
    }

    public IpRegistration find(Actor actor, long id) {
        return workflow.find(actor, id);
    }

    public List<IpRegistration> list(Actor actor, @Nullable AgencyId agency, IpRegistration.@Nullable Status status) {
        AgencyId scope = actor.listingScope(agency);
        return registrations.list(scope, status);
    }

    public List<StatusChange> history(Actor actor, long id) {
        return workflow.history(actor, id);
    }

    private IpRegistration decide(Actor actor, IpRegistration registration, IpRegistration.Status to,
            @Nullable String reason, String action) {
        Instant now = clock.instant();
        registrations.decide(registration.id(), to, actor.userId(), now, reason);
        IpRegistration after = recorded(actor, registration, to, reason, action, now);
        events.publishEvent(new IpRegistrationDecided(registration.id(), registration.agency(), to));
        return after;
    }

    private IpRegistration recorded(Actor actor, IpRegistration before, IpRegistration.Status to,
            @Nullable String reason, String action, Instant now) {
        IpRegistration after = workflow.transitioned(actor, before, to, now, action, reason);
        allowList.invalidateAfterCommit();
        return after;
    }
}
