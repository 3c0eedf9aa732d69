package id.gerbang.account;

import id.gerbang.account.internal.UserRepository;
import id.gerbang.account.internal.EmployeeNumber;
import id.gerbang.account.internal.IssuedCredentials;
import id.gerbang.account.internal.AgreementLookup;
import id.gerbang.account.internal.UserApplicationRepository;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.account.AccountError;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import id.gerbang.reference.RegionCode;
import id.gerbang.registry.Nik;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User-ID applications (juknis item 2.e): submitted by the agency's administrator, or by a registry
 * administrator on its behalf; approved or rejected by a registry administrator; withdrawn by
 * whoever may submit. Approval issues the account and its one-time secrets in the same transaction.
 */
@Service
public class UserApplications {

    static final Set<Roles> APPLICABLE_ROLES = EnumSet.of(Roles.AGENCY_ADMIN, Roles.AGENCY_OPERATOR, Roles.AGENCY_SERVICE);

    private final UserApplicationRepository applications;
    private final ReviewWorkflow<UserApplication, UserApplication.Status> workflow;
    private final UserAdministration administration;
    private final UserRepository users;
    private final AgreementLookup agreements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserApplications(UserApplicationRepository applications, UserAdministration administration, UserRepository users,
            AgreementLookup agreements, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.workflow = new ReviewWorkflow<>(applications, "user-application", AccountError.APPLICATION_NOT_FOUND,
                AccountError.APPLICATION_NOT_PENDING, events);
        this.administration = administration;
        this.users = users;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    /** The applicant's data as submitted. */
    public record Form(@Nullable AgencyId agency, @Nullable AgreementId agreement, Roles requestedRole, String nik,
            String fullName, @Nullable String nip, UserApplication.EmploymentStatus employmentStatus, String position,
            String officeRegionCode, String officeName, String officeAddress, String localUserId) {
    }

    /** An approval's outcome: the application as decided and the secrets, shown this once. */
    public record Approval(UserApplication application, IssuedCredentials credentials) {

        /** The issued secrets, for a caller outside the module (the portal's approvals page). */
        public OneTimeSecrets secrets() {
            return OneTimeSecrets.of(credentials);
        }
    }

    @Transactional
    public UserApplication submit(Actor actor, Form form) {
        AgencyId agency = form.agency() != null ? form.agency() : actor.agency();
        if (agency == null) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of("agencyId", "validation.NotNull"));
        }
        actor.requireActsFor(agency);
        agreements.requireAgency(agency);
        if (!APPLICABLE_ROLES.contains(form.requestedRole())) {
            throw new GerbangException(AccountError.ROLE_NOT_ALLOWED, Map.of("requestedRole", "account.role.agencyOnly"));
        }
        if (form.requestedRole() == Roles.AGENCY_SERVICE && form.agreement() == null) {
            throw new GerbangException(AccountError.AGREEMENT_REQUIRED, Map.of("agreementId", "validation.NotNull"));
        }
        if (form.agreement() != null) {
            agreements.requireAgreementOf(form.agreement(), agency);
        }
        Nik nik = Nik.parse(form.nik());
        String nip = blankToNull(form.nip());
        if (nip == null && form.employmentStatus().hasNip()) {
            throw new GerbangException(AccountError.NIP_REQUIRED, Map.of("nip", "validation.NotBlank"));
        }
        if (nip != null && !EmployeeNumber.isValid(nip)) {
            throw new GerbangException(AccountError.NIP_INVALID, Map.of("nip", "account.nip.invalid"));
        }
        String region = RegionCode.parse(form.officeRegionCode()).dotted();
        Instant now = clock.instant();
        UserApplication draft = new UserApplication(0, agency, form.agreement(), form.requestedRole(), nik.value(),
                form.fullName().strip(), nip, form.employmentStatus(), form.position().strip(), region,
                form.officeName().strip(), form.officeAddress().strip(), form.localUserId().strip(),
                UserApplication.Status.SUBMITTED, actor.userId(), now, null, null, null, null);
        long id = applications.insert(draft);
        return workflow.created(actor, id, UserApplication.Status.SUBMITTED, now, "account.application-submitted", null);
    }

    public UserApplication find(Actor actor, long id) {
        return workflow.find(actor, id);
    }

    public List<UserApplication> list(Actor actor, @Nullable AgencyId agency, UserApplication.@Nullable Status status) {
        AgencyId scope = actor.listingScope(agency);
        return applications.list(scope, status);
    }

    public List<StatusChange> history(Actor actor, long id) {
        return workflow.history(actor, id);
    }

    /**
     * Approves and issues the account: the user ID proposed by the administrator, or
     * {@code a<agencyId>.<local user ID>} (made unique with a number when taken).
     */
    @Transactional
    public Approval approve(Actor actor, long id, @Nullable String proposedUserId, @Nullable String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        UserApplication application = pending(id, null);
        if (application.agreement() != null) {
            agreements.requireAgreementOf(application.agreement(), application.agency());
        }
        UserId userId = proposedUserId == null || proposedUserId.isBlank()
                ? generateUserId(application) : UserId.of(proposedUserId);
        IssuedCredentials credentials = administration.issue(actor.userId(), new UserAdministration.NewAccount(userId,
                application.requestedRole(), application.fullName(), application.agency(), application.agreement(),
                application.id(), true), "application " + application.id());
        UserApplication decided = decide(actor, application, UserApplication.Status.APPROVED, reason, userId.value(),
                "account.application-approved");
        return new Approval(decided, credentials);
    }

    @Transactional
    public UserApplication reject(Actor actor, long id, String reason) {
        ReviewWorkflow.requireRegistryAdmin(actor);
        return decide(actor, pending(id, null), UserApplication.Status.REJECTED, reason, null, "account.application-rejected");
    }

    @Transactional
    public UserApplication withdraw(Actor actor, long id, String reason) {
        UserApplication application = pending(id, actor);
        return decide(actor, application, UserApplication.Status.WITHDRAWN, reason, null, "account.application-withdrawn");
    }

    private UserApplication decide(Actor actor, UserApplication application, UserApplication.Status to,
            @Nullable String reason, @Nullable String issuedUserId, String action) {
        Instant now = clock.instant();
        applications.decide(application.id(), to, actor.userId(), now, reason, issuedUserId);
        UserApplication after = workflow.transitioned(actor, application, to, now, action, reason);
        events.publishEvent(new UserApplicationDecided(application.id(), application.agency(), to));
        return after;
    }

    UserId generateUserId(UserApplication application) {
        String local = application.localUserId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        String base = "a" + application.agency().value() + "." + (local.isEmpty() ? "user" : local);
        if (base.length() > 36) {
            base = base.substring(0, 36);
        }
        UserId candidate = UserId.of(base);
        for (int n = 2; users.exists(candidate); n++) {
            candidate = UserId.of(base + "-" + n);
        }
        return candidate;
    }

    /** The pending application, locked; {@code actsFor}'s right to act for its agency checked before its status. */
    private UserApplication pending(long id, @Nullable Actor actsFor) {
        return workflow.locked(id, UserApplication.Status.SUBMITTED, actsFor);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
