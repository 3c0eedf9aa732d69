package id.gerbang.agreement.web;

import id.gerbang.agreement.AgencyStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Suspends, reactivates or revokes an agency. */
record AgencyStatusRequest(@NotNull @Nullable AgencyStatus status, @NotBlank @Size(max = 1000) @Nullable String reason) {
}
