package id.gerbang.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason for an administrative action, recorded in the history and the administrative log. */
record Reason(@Schema(description = "Why; recorded in the history and the administrative log")
              @NotBlank @Size(max = 500) String reason) {
}
