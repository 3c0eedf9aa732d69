package id.gerbang.quota.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record IncreaseApprovalBody(
        @Schema(description = "Quota granted; the requested one when absent") @Nullable @Positive @Max(1_000_000_000)
        Integer approvedQuota,
        @Schema(description = "First day; the requested one when absent") @Nullable LocalDate effectiveFrom,
        @Schema(description = "Number of the addendum or letter granting it") @NotBlank @Size(max = 100) String reference,
        @Nullable @Size(max = 500) String reason) {
}
