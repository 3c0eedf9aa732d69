package id.gerbang.quota.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReasonBody(@NotBlank @Size(max = 500) String reason) {
}
