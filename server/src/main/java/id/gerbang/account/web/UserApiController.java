package id.gerbang.account.web;

import id.gerbang.account.AccountStatus;
import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.SecondFactors;
import id.gerbang.account.UserId;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.Roles;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users", description = "Akun pengguna: status, kata sandi, kunci, token")
class UserApiController {

    private final UserAdministration administration;
    private final Accounts accounts;
    private final SecondFactors secondFactors;

    UserApiController(UserAdministration administration, Accounts accounts, SecondFactors secondFactors) {
        this.administration = administration;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @PostMapping
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Create a registry administrator or auditor; the one-time password is shown in this response only")
    ResponseEntity<CredentialsResponse> createStaff(@Valid @RequestBody StaffRequest request, Authentication auth) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(CredentialsResponse.of(administration.createRegistryStaff(accounts.actorOf(auth),
                        UserId.of(request.userId()), request.role(), request.fullName(), request.reason())));
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    @Operation(summary = "List accounts; agency administrators see their own agency's")
    List<UserResponse> list(@RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @Nullable Roles role,
            @RequestParam(required = false) @Nullable AccountStatus status, Authentication auth) {
        return administration.list(accounts.actorOf(auth), agencyId == null ? null : new AgencyId(agencyId), role, status)
                .stream().map(UserResponse::of).toList();
    }

    @GetMapping("/{userId}")
    @PreAuthorize(Access.READERS)
    UserResponse find(@PathVariable String userId, Authentication auth) {
        return UserResponse.of(administration.find(accounts.actorOf(auth), UserId.of(userId)));
    }

    @GetMapping("/{userId}/history")
    @PreAuthorize(Access.READERS)
    List<HistoryEntry> history(@PathVariable String userId, Authentication auth) {
        return administration.history(accounts.actorOf(auth), UserId.of(userId)).stream().map(HistoryEntry::of).toList();
    }

    @PostMapping("/{userId}/deactivate")
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Deactivate; an agency administrator may deactivate its own agency's users")
    UserResponse deactivate(@PathVariable String userId, @Valid @RequestBody Reason reason, Authentication auth) {
        return UserResponse.of(administration.deactivate(accounts.actorOf(auth), UserId.of(userId), reason.reason()));
    }

    @PostMapping("/{userId}/reactivate")
    @PreAuthorize(Access.ADMIN)
    UserResponse reactivate(@PathVariable String userId, @Valid @RequestBody Reason reason, Authentication auth) {
        return UserResponse.of(administration.reactivate(accounts.actorOf(auth), UserId.of(userId), reason.reason()));
    }

    @PostMapping("/{userId}/unlock")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Lift a lock after repeated failed sign-ins before it ends by itself")
    UserResponse unlock(@PathVariable String userId, @Valid @RequestBody Reason reason, Authentication auth) {
        return UserResponse.of(administration.unlock(accounts.actorOf(auth), UserId.of(userId), reason.reason()));
    }

    @PostMapping("/{userId}/reset-password")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Issue a new one-time password (shown in this response only) and lift any lock")
    ResponseEntity<CredentialsResponse> resetPassword(@PathVariable String userId, @Valid @RequestBody Reason reason,
            Authentication auth) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(CredentialsResponse.of(
                administration.resetPassword(accounts.actorOf(auth), UserId.of(userId), reason.reason())));
    }

    @PostMapping("/{userId}/second-factor/reset")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Remove the user's portal second factor (TOTP and recovery codes); the user enrols again "
            + "at the next sign-in and its portal sessions end")
    UserResponse resetSecondFactor(@PathVariable String userId, @Valid @RequestBody Reason reason, Authentication auth) {
        Actor actor = accounts.actorOf(auth);
        secondFactors.reset(actor, UserId.of(userId), reason.reason());
        return UserResponse.of(administration.find(actor, UserId.of(userId)));
    }

    @PostMapping("/{userId}/token")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Issue a new web-service token to a service account (shown in this response only)")
    ResponseEntity<CredentialsResponse> reissueToken(@PathVariable String userId, @Valid @RequestBody Reason reason,
            Authentication auth) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(CredentialsResponse.of(
                administration.reissueToken(accounts.actorOf(auth), UserId.of(userId), reason.reason())));
    }
}
