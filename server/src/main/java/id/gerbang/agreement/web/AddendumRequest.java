package id.gerbang.agreement.web;

import id.gerbang.agreement.Addendum;
import id.gerbang.agreement.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An addendum: only the parts given change, each replaced as a whole. */
record AddendumRequest(
        @Schema(example = "470/101/Disdukcapil-Add.1") @NotBlank @Size(max = 100) @Nullable String number,
        @NotNull @Nullable LocalDate signedOn,
        @Schema(description = "first day it applies; today at the earliest") @NotNull @Nullable LocalDate effectiveFrom,
        @Size(max = 1000) @Nullable String note,
        @Schema(description = "new last valid day (an extension)") @Nullable LocalDate validUntil,
        @Schema(description = "the new set of elements (names or FULL_ADDRESS)") @Nullable List<String> elements,
        @Nullable Map<String, String> protectedElementReasons,
        @Nullable Set<Channel> channels,
        @Valid @Nullable FeedbackRequest feedback,
        @Positive @Nullable Integer dailyQuota,
        @Valid @Nullable CompatibilityRequest compatibility,
        @Schema(description = "new operations granted and local-user requirement, replaced as a whole")
        @Valid @Nullable ServiceTermsRequest service) {

    Addendum addendum() {
        return new Addendum(Requests.text(number), Requests.present(signedOn), Requests.present(effectiveFrom), note,
                validUntil, elements == null ? null : Requests.grant(elements, protectedElementReasons), channels,
                feedback == null ? null : feedback.obligations(), dailyQuota,
                compatibility == null ? null : compatibility.settings(), service == null ? null : service.terms());
    }
}
