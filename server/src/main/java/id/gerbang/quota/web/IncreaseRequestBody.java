package id.gerbang.quota.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record IncreaseRequestBody(
        @NotNull Long agreementId,
        @Schema(description = "Daily quota asked for") @NotNull @Positive @Max(1_000_000_000) Integer requestedQuota,
        @Schema(description = "First Jakarta day it should apply; today or later") @NotNull LocalDate effectiveFrom,
        @Schema(description = "Why the agency needs more (kajian teknis)") @NotBlank @Size(max = 1000) String reason) {
}
