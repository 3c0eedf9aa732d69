package id.gerbang.agreement.web;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyMember;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Lets an agency administrator read its own agency and agreements: the principal of an agency's user
 * implements {@link AgencyMember}. Used in {@code @PreAuthorize} expressions as {@code @agencyAccess}.
 */
@Component("agencyAccess")
class AgencyAccess {

    static final String AGENCY_ADMIN = "hasRole('AGENCY_ADMIN')";

    private final Agreements agreements;

    AgencyAccess(Agreements agreements) {
        this.agreements = agreements;
    }

    public boolean ownsAgency(@Nullable Authentication authentication, long agencyId) {
        AgencyId own = agencyOf(authentication);
        return own != null && own.value() == agencyId;
    }

    public boolean ownsAgreement(@Nullable Authentication authentication, long agreementId) {
        AgencyId own = agencyOf(authentication);
        return own != null && agreements.find(new AgreementId(agreementId)).map(AgreementView::agencyId)
                .filter(own::equals).isPresent();
    }

    private static @Nullable AgencyId agencyOf(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AgencyMember member) {
            return member.agencyId();
        }
        return null;
    }
}
