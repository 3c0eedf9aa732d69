package id.gerbang.account.web;

import id.gerbang.account.AccountError;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.common.GerbangException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Own account", description = "Akun sendiri")
class OwnAccountApiController {

    private final UserAdministration administration;
    private final Accounts accounts;

    OwnAccountApiController(UserAdministration administration, Accounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(Access.ANY_SIGNED_IN)
    @Operation(summary = "The signed-in account")
    UserResponse me(Authentication auth) {
        return UserResponse.of(accounts.find(UserId.of(auth.getName()))
                .orElseThrow(() -> new GerbangException(AccountError.USER_NOT_FOUND)));
    }

    @PostMapping("/password")
    @PreAuthorize(Access.ANY_SIGNED_IN)
    @Operation(summary = "Change the own password; the only call allowed while a one-time password must be replaced")
    UserResponse changePassword(@Valid @RequestBody PasswordChangeRequest request, Authentication auth,
            HttpServletRequest http) {
        return UserResponse.of(administration.changeOwnPassword(UserId.of(auth.getName()), request.currentPassword(),
                request.newPassword(), sourceAddress(http)));
    }

    private static @org.jspecify.annotations.Nullable String sourceAddress(HttpServletRequest http) {
        try {
            return id.gerbang.account.internal.IpAddresses.format(
                    id.gerbang.account.internal.IpAddresses.parse(http.getRemoteAddr()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
