package id.gerbang.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record ApprovalRequest(
        @Schema(description = "User ID to issue; generated as a<agencyId>.<local user ID> when absent")
        @Nullable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}") String userId,
        @Nullable @Size(max = 500) String reason) {
}
