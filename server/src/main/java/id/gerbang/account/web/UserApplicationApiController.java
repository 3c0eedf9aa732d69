package id.gerbang.account.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/user-applications")
@Tag(name = "User-ID applications", description = "Permohonan user ID (juknis 2.e)")
class UserApplicationApiController {

    private final UserApplications applications;
    private final Accounts accounts;

    UserApplicationApiController(UserApplications applications, Accounts accounts) {
        this.applications = applications;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Submit an application; an agency administrator for its own agency only")
    ApplicationResponse submit(@Valid @RequestBody ApplicationRequest request, Authentication auth) {
        UserApplications.Form form = new UserApplications.Form(
                request.agencyId() == null ? null : new AgencyId(request.agencyId()),
                request.agreementId() == null ? null : new AgreementId(request.agreementId()),
                request.requestedRole(), request.nik(), request.fullName(), request.nip(), request.employmentStatus(),
                request.position(), request.officeRegionCode(), request.officeName(), request.officeAddress(),
                request.localUserId());
        return ApplicationResponse.of(applications.submit(accounts.actorOf(auth), form));
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "List applications, newest first; agency administrators see their own agency's")
    List<ApplicationResponse> list(@RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) UserApplication.@Nullable Status status, Authentication auth) {
        return applications.list(accounts.actorOf(auth), agencyId == null ? null : new AgencyId(agencyId), status)
                .stream().map(ApplicationResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    ApplicationResponse find(@PathVariable long id, Authentication auth) {
        return ApplicationResponse.of(applications.find(accounts.actorOf(auth), id));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READERS)
    List<HistoryEntry> history(@PathVariable long id, Authentication auth) {
        return applications.history(accounts.actorOf(auth), id).stream().map(HistoryEntry::of).toList();
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Approve: issues the user ID, a one-time password and, for a service account whose "
            + "agreement grants the web service, a token; both are shown in this response only")
    ResponseEntity<ApprovalResponse> approve(@PathVariable long id, @Valid @RequestBody ApprovalRequest request,
            Authentication auth) {
        UserApplications.Approval approval = applications.approve(accounts.actorOf(auth), id, request.userId(),
                request.reason());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ApprovalResponse(ApplicationResponse.of(approval.application()),
                        CredentialsResponse.of(approval.credentials())));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(Access.ADMIN)
    ApplicationResponse reject(@PathVariable long id, @Valid @RequestBody Reason reason, Authentication auth) {
        return ApplicationResponse.of(applications.reject(accounts.actorOf(auth), id, reason.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    ApplicationResponse withdraw(@PathVariable long id, @Valid @RequestBody Reason reason, Authentication auth) {
        return ApplicationResponse.of(applications.withdraw(accounts.actorOf(auth), id, reason.reason()));
    }
}
