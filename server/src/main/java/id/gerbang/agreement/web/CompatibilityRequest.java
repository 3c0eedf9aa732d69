package id.gerbang.agreement.web;

import id.gerbang.agreement.CompatibilitySettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Settings of the Dukcapil-compatible web service for this agreement. */
record CompatibilityRequest(
        @Schema(description = "{INSTANSI} of /dukcapil/get_json/{INSTANSI}/{METHOD}", example = "DP3AKB_JABAR")
        @NotBlank @Size(max = 64) @Nullable String agencyCode,
        @Schema(description = "{KODE_WILAYAH} of the regional shape, NN or NN-NN", example = "32")
        @Size(max = 5) @Nullable String regionCode,
        @Schema(description = "{USER} of the regional shape", example = "dp3akb")
        @Size(max = 64) @Nullable String userPath,
        @Schema(description = "NIK, NO_KK and region numbers as JSON strings (true) or numbers (false)")
        @Nullable Boolean numbersAsStrings,
        @Schema(example = "default") @Size(max = 64) @Nullable String fieldProfile,
        @Valid @Nullable Map<String, AliasRequest> aliases) {

    CompatibilitySettings settings() {
        Map<String, CompatibilitySettings.AliasMethod> methods = new LinkedHashMap<>();
        if (aliases != null) {
            aliases.forEach((name, alias) -> methods.put(name,
                    new CompatibilitySettings.AliasMethod(Requests.present(alias.operation()), alias.profile())));
        }
        return new CompatibilitySettings(Requests.text(agencyCode), regionCode, userPath,
                Boolean.TRUE.equals(numbersAsStrings),
                fieldProfile == null ? CompatibilitySettings.DEFAULT_PROFILE : fieldProfile, methods);
    }

    record AliasRequest(@NotNull CompatibilitySettings.@Nullable Operation operation,
            @Size(max = 64) @Nullable String profile) {
    }
}
