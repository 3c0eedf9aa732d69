package id.gerbang.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Grants further (typically protected) elements with a reason. */
record ElementGrantRequest(
        @Schema(example = "[\"PNYDNG_CCT\"]") @NotEmpty @Nullable List<String> elements,
        @Schema(example = "Surat persetujuan Dirjen Dukcapil 470/12219/Dukcapil, lampiran butir 3")
        @NotBlank @Size(max = 1000) @Nullable String reason,
        @Schema(description = "the addendum's number; required unless the agreement is a draft")
        @Size(max = 100) @Nullable String reference,
        @Schema(description = "first day it applies; today when omitted") @Nullable LocalDate effectiveFrom) {
}
