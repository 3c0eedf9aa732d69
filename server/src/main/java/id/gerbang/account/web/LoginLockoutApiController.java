package id.gerbang.account.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.internal.SourceBlocks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/login-lockouts/sources")
@Tag(name = "Login lockouts", description = "Alamat sumber yang diblokir karena gagal masuk berulang")
class LoginLockoutApiController {

    private final SourceBlocks blocks;
    private final Accounts accounts;

    LoginLockoutApiController(SourceBlocks blocks, Accounts accounts) {
        this.blocks = blocks;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(id.gerbang.common.Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "Source addresses blocked now after repeated failed sign-ins")
    List<SourceBlockResponse> blocked() {
        return blocks.blocked().stream().map(b -> new SourceBlockResponse(b.address(), b.blockedUntil())).toList();
    }

    @PostMapping("/unblock")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Lift the block of a source address before it ends by itself")
    void unblock(@Valid @RequestBody SourceUnblockRequest request, Authentication auth) {
        blocks.unblock(accounts.actorOf(auth), request.address(), request.reason());
    }
}
