package id.gerbang.account.web;

import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A registry staff account (administrator or auditor), created directly by a registry administrator. */
record StaffRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}") String userId,
        @Schema(allowableValues = {"REGISTRY_ADMIN", "REGISTRY_AUDITOR"}) @NotNull Roles role,
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 500) String reason) {
}
