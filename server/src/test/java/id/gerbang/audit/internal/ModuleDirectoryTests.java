package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The audit module learns an agency administrator's agency and agencies' names from the real modules. */
@IntegrationTest
class ModuleDirectoryTests {

    @Autowired CurrentAgency currentAgency;
    @Autowired AgencyNames agencyNames;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Clock clock;

    @Test
    void anAgencyAdministratorBelongsToTheirAgency() {
        AccountFixtures fixtures = AccountFixtures.of(context);
        AgencyId agency = fixtures.agency();
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);

        var authentication = new UsernamePasswordAuthenticationToken(admin.user(), null,
                List.of(new SimpleGrantedAuthority(Roles.AGENCY_ADMIN.authority())));

        assertThat(currentAgency.agencyOf(authentication)).contains(agency.value());
        assertThat(agencyNames.nameOf(agency.value())).contains(agencies.find(agency).orElseThrow().name());
    }

    @Test
    void registryStaffAndUnknownUsersBelongToNoAgency() {
        var auditor = new UsernamePasswordAuthenticationToken("auditor.x", null,
                List.of(new SimpleGrantedAuthority(Roles.REGISTRY_AUDITOR.authority())));
        var stranger = new UsernamePasswordAuthenticationToken("nobody.here", null,
                List.of(new SimpleGrantedAuthority(Roles.AGENCY_ADMIN.authority())));
        assertThat(currentAgency.agencyOf(auditor)).isEmpty();
        assertThat(currentAgency.agencyOf(stranger)).isEmpty();
        assertThat(agencyNames.nameOf(Long.MAX_VALUE)).isEmpty();
    }
}
