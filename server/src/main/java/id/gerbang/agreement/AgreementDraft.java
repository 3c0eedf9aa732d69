package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new agreement, or the new content of a draft.
 *
 * @param agencyId        the user agency (PIHAK KEDUA)
 * @param registryNumber  the registry's number of the agreement (PIHAK KESATU), e.g. {@code 470/643/Disdukcapil}
 * @param agencyNumber    the agency's number of the agreement, e.g. {@code 119/1738-Dikbud/PHA}
 * @param signedOn        the signing date
 * @param signedPlace     where it was signed
 * @param validFrom       the first valid day; the signing date when {@code null}
 * @param validUntil      the last valid day; the signing date plus the default term (two years)
 *                        when {@code null}
 * @param approvalLetter  the central approval; required before activation
 * @param purpose         the purpose in the agreement's words (Pasal 1)
 * @param purposeCategory the legal category of the purpose
 * @param elements        the granted elements
 * @param channels        the allowed channels, at least one
 * @param feedback        the data-balikan obligations
 * @param dailyQuota      lookups per Jakarta day for the whole agreement
 * @param compatibility   the compatible web service's settings
 * @param service         the operations granted and whether calls must name the local end user
 */
public record AgreementDraft(
        AgencyId agencyId,
        String registryNumber,
        String agencyNumber,
        LocalDate signedOn,
        String signedPlace,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable ApprovalLetter approvalLetter,
        String purpose,
        PurposeCategory purposeCategory,
        ElementGrant elements,
        Set<Channel> channels,
        FeedbackObligations feedback,
        int dailyQuota,
        CompatibilitySettings compatibility,
        ServiceTerms service) {

    /** With the {@link ServiceTerms#DEFAULT default} service terms (no family lookup). */
    public AgreementDraft(AgencyId agencyId, String registryNumber, String agencyNumber, LocalDate signedOn,
            String signedPlace, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
            @Nullable ApprovalLetter approvalLetter, String purpose, PurposeCategory purposeCategory,
            ElementGrant elements, Set<Channel> channels, FeedbackObligations feedback, int dailyQuota,
            CompatibilitySettings compatibility) {
        this(agencyId, registryNumber, agencyNumber, signedOn, signedPlace, validFrom, validUntil, approvalLetter,
                purpose, purposeCategory, elements, channels, feedback, dailyQuota, compatibility, ServiceTerms.DEFAULT);
    }
}
