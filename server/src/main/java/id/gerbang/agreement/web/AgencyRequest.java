package id.gerbang.agreement.web;

import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Registers or updates an agency. */
record AgencyRequest(
        @Schema(example = "DP3AKB Provinsi Jawa Barat") @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable AgencyKind kind,
        @Schema(example = "Jalan Sumatera No. 50, Bandung") @NotBlank @Size(max = 500) @Nullable String address,
        @Schema(description = "Kemendagri region code: NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN", example = "32")
        @NotBlank @Size(max = 13) @Nullable String regionCode,
        @Schema(description = "contact persons (nara hubung, juknis 4.b), at most 5; omitted on an update: unchanged")
        @Valid @Size(max = 5) @Nullable List<ContactRequest> contacts) {

    AgencyDetails details() {
        return new AgencyDetails(Requests.text(name), Requests.present(kind), Requests.text(address),
                Requests.text(regionCode), contacts == null ? null : contacts.stream().map(ContactRequest::person).toList());
    }
}
