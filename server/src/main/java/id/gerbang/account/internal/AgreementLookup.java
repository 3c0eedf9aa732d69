package id.gerbang.account.internal;

import id.gerbang.account.AccountError;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Channel;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the account module asks the agreement module, in one place. */
@Component
public class AgreementLookup {

    private final Agencies agencies;
    private final Agreements agreements;
    private final Clock clock;

    AgreementLookup(Agencies agencies, Agreements agreements, Clock clock) {
        this.agencies = agencies;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** @throws GerbangException {@code AGENCY_UNKNOWN} */
    public void requireAgency(AgencyId agency) {
        if (agencies.find(agency).isEmpty()) {
            throw new GerbangException(AccountError.AGENCY_UNKNOWN, Map.of("agencyId", "account.agency.unknown"));
        }
    }

    /** @throws GerbangException {@code AGREEMENT_UNKNOWN} or {@code AGREEMENT_OF_OTHER_AGENCY} */
    public void requireAgreementOf(AgreementId agreement, AgencyId agency) {
        AgencyId owner = agreements.find(agreement)
                .orElseThrow(() -> new GerbangException(AccountError.AGREEMENT_UNKNOWN,
                        Map.of("agreementId", "account.agreement.unknown")))
                .agencyId();
        if (!owner.equals(agency)) {
            throw new GerbangException(AccountError.AGREEMENT_OF_OTHER_AGENCY,
                    Map.of("agreementId", "account.agreement.otherAgency"));
        }
    }

    /** Whether the agreement's terms today allow the web service channel. */
    public boolean grantsWebService(AgreementId agreement) {
        return agreements.termsOn(agreement, JakartaTime.today(clock))
                .map(terms -> terms.channels().contains(Channel.WEB_SERVICE))
                .orElse(false);
    }
}
