package id.gerbang.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SourceUnblockRequest(@NotBlank @Size(max = 45) String address, @NotBlank @Size(max = 500) String reason) {
}
