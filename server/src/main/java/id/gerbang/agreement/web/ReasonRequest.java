package id.gerbang.agreement.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The reason for a status change; required except for activation. */
record ReasonRequest(@Size(max = 1000) @Nullable String reason) {
}
