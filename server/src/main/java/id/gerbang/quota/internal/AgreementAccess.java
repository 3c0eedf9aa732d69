package id.gerbang.quota.internal;

import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.GerbangException;
import id.gerbang.quota.QuotaError;
import org.springframework.stereotype.Component;

/** Finds an agreement's agency and checks what the acting user may do with it. */
@Component
public class AgreementAccess {

    private final Agreements agreements;

    AgreementAccess(Agreements agreements) {
        this.agreements = agreements;
    }

    public AgencyId agencyOf(AgreementId agreement) {
        return agreements.find(agreement)
                .orElseThrow(() -> new GerbangException(QuotaError.AGREEMENT_UNKNOWN))
                .agencyId();
    }

    /** Registry staff, or the agreement's own agency administrator. */
    public AgencyId requireMaySee(Actor actor, AgreementId agreement) {
        AgencyId agency = agencyOf(agreement);
        actor.requireMaySee(agency);
        return agency;
    }

    /** A registry administrator, or the agreement's own agency administrator. */
    public AgencyId requireActsFor(Actor actor, AgreementId agreement) {
        AgencyId agency = agencyOf(agreement);
        actor.requireActsFor(agency);
        return agency;
    }
}
