package id.gerbang.agreement.web;

import id.gerbang.agreement.CompatibilitySettings.Operation;
import id.gerbang.agreement.ServiceTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The operations granted one by one, and whether every call must name the local end user and purpose. */
record ServiceTermsRequest(
        @Schema(description = "NIK_LOOKUP, VERIFY_BY_ELEMENTS, FAMILY_LOOKUP; each a grant of its own; "
                + "NIK_LOOKUP and VERIFY_BY_ELEMENTS when omitted (no family lookup)",
                example = "[\"NIK_LOOKUP\", \"VERIFY_BY_ELEMENTS\"]")
        @Nullable Set<Operation> operations,
        @Schema(description = "every data call must carry user_lokal and keperluan (v1: localUser, purpose)",
                example = "false")
        @Nullable Boolean localUserRequired) {

    ServiceTerms terms() {
        return new ServiceTerms(operations == null ? ServiceTerms.DEFAULT.operations() : operations,
                Boolean.TRUE.equals(localUserRequired));
    }
}
