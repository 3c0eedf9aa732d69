package id.gerbang.agreement.web;

import id.gerbang.agreement.ContactPerson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A contact person of an agency ("nara hubung", juknis 4.b). */
record ContactRequest(
        @Schema(example = "Kepala Bidang Perlindungan Anak") @NotBlank @Size(max = 200) @Nullable String name,
        @Schema(description = "position held (jabatan)", example = "Kepala Bidang") @NotBlank @Size(max = 200)
        @Nullable String position,
        @Schema(example = "+62 22 1234567") @NotBlank @Size(max = 30) @Nullable String phone) {

    ContactPerson person() {
        return new ContactPerson(Requests.text(name), Requests.text(position), Requests.text(phone));
    }
}
