package id.gerbang.quota.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record UserQuotaRequest(
        @Schema(description = "Daily limit of the user; null lifts the user's own quota")
        @Nullable @Min(0) @Max(1_000_000_000) Integer dailyLimit,
        @Schema(description = "First Jakarta day it applies; today or later") @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 500) String reason) {
}
