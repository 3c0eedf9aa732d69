package id.gerbang.audit.internal;

import id.gerbang.account.Accounts;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.common.GerbangException;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects the audit module's two questions to the modules that know the answers: which agency an
 * agency administrator belongs to (account), and what an agency is called (agreement).
 */
@Configuration(proxyBeanMethods = false)
class ModuleDirectory {

    @Bean
    CurrentAgency currentAgency(Accounts accounts) {
        return authentication -> {
            try {
                return Optional.ofNullable(accounts.actorOf(authentication).agency()).map(AgencyId::value);
            } catch (GerbangException noAgency) {
                return Optional.empty();
            }
        };
    }

    @Bean
    AgencyNames agencyNames(Agencies agencies) {
        return id -> agencies.find(new AgencyId(id)).map(AgencyView::name);
    }
}
