package id.gerbang.agreement.web;

import id.gerbang.agreement.ApprovalLetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

record ApprovalLetterRequest(
        @Schema(example = "470/12219/Dukcapil") @NotBlank @Size(max = 100) @Nullable String number,
        @Schema(example = "2020-11-12") @NotNull @Nullable LocalDate date) {

    ApprovalLetter letter() {
        return new ApprovalLetter(Requests.text(number), Requests.present(date));
    }
}
