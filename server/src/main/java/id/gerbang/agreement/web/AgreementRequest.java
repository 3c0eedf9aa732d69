package id.gerbang.agreement.web;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A new agreement, or a draft's new content. */
record AgreementRequest(
        @NotNull @Nullable Long agencyId,
        @Schema(description = "the registry's (PIHAK KESATU) number", example = "470/643/Disdukcapil")
        @NotBlank @Size(max = 100) @Nullable String registryNumber,
        @Schema(description = "the agency's (PIHAK KEDUA) number", example = "119/1738-Dikbud/PHA")
        @NotBlank @Size(max = 100) @Nullable String agencyNumber,
        @Schema(example = "2020-12-01") @NotNull @Nullable LocalDate signedOn,
        @Schema(example = "Bandung") @NotBlank @Size(max = 100) @Nullable String signedPlace,
        @Schema(description = "first valid day; the signing date when omitted") @Nullable LocalDate validFrom,
        @Schema(description = "last valid day; two years after signing when omitted") @Nullable LocalDate validUntil,
        @Valid @Nullable ApprovalLetterRequest approvalLetter,
        @NotBlank @Size(max = 2000) @Nullable String purpose,
        @NotNull @Nullable PurposeCategory purposeCategory,
        @Schema(description = "element names or FULL_ADDRESS; the seed template when omitted")
        @Nullable List<String> elements,
        @Schema(description = "element name -> why it is granted; required for every protected element")
        @Nullable Map<String, String> protectedElementReasons,
        @NotEmpty @Nullable Set<Channel> channels,
        @Valid @Nullable FeedbackRequest feedback,
        @Schema(example = "100") @NotNull @Positive @Nullable Integer dailyQuota,
        @NotNull @Valid @Nullable CompatibilityRequest compatibility,
        @Schema(description = "operations granted and the local-user requirement; lookup and verification, "
                + "no family lookup, when omitted")
        @Valid @Nullable ServiceTermsRequest service) {

    AgreementDraft draft() {
        return new AgreementDraft(new AgencyId(Requests.present(agencyId)), Requests.text(registryNumber),
                Requests.text(agencyNumber), Requests.present(signedOn), Requests.text(signedPlace), validFrom,
                validUntil, approvalLetter == null ? null : approvalLetter.letter(), Requests.text(purpose),
                Requests.present(purposeCategory), Requests.grant(elements, protectedElementReasons),
                Requests.present(channels), feedback == null ? FeedbackObligations.NONE : feedback.obligations(),
                Requests.present(dailyQuota), Requests.present(compatibility).settings(),
                service == null ? ServiceTerms.DEFAULT : service.terms());
    }
}
