package id.gerbang.common.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What agency accounts may not see or touch (issue 13 point 5, ADR 0062): metrics and every other
 * actuator endpoint but health and info, and the administration API's description, are for registry
 * staff; another agency's registration is refused for its owner before its status is looked at.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExposureTests {

    static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_ADMIN, null);

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired IpRegistrations ips;
    @Autowired Clock clock;

    AccountFixtures fixtures;
    AgencyId agency;
    AgreementId agreement;

    @BeforeEach
    void setUp() {
        fixtures = AccountFixtures.of(context);
        agency = fixtures.agency();
        agreement = fixtures.agreement(agency, 100).id();
    }

    static RequestPostProcessor as(AccountFixtures.Login login) {
        RequestPostProcessor basic = httpBasic(login.user(), login.password());
        return request -> {
            request.setRemoteAddr("127.0.0.1");
            return basic.postProcessRequest(request);
        };
    }

    List<AccountFixtures.Login> agencyAccounts() {
        return List.of(fixtures.user(Roles.AGENCY_ADMIN, agency, null),
                fixtures.user(Roles.AGENCY_OPERATOR, agency, agreement),
                fixtures.user(Roles.AGENCY_SERVICE, agency, agreement));
    }

    @Test
    void metricsAndTheAdministrationApiDescriptionAreForRegistryStaffOnly() throws Exception {
        for (AccountFixtures.Login login : agencyAccounts()) {
            for (String path : List.of("/actuator/metrics", "/actuator/metrics/http.server.requests",
                    "/v3/api-docs", "/v3/api-docs.yaml")) {
                mvc.perform(get(path).with(as(login))).andExpect(status().isForbidden());
            }
            // not exposed in every build: never served to an agency account, though
            int prometheus = mvc.perform(get("/actuator/prometheus").with(as(login))).andReturn().getResponse()
                    .getStatus();
            org.assertj.core.api.Assertions.assertThat(prometheus).isIn(403, 404);
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        }
        AccountFixtures.Login registry = fixtures.registryAdmin();
        mvc.perform(get("/actuator/metrics").with(as(registry))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(as(registry))).andExpect(status().isOk());
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        mvc.perform(get("/actuator/metrics").with(as(auditor))).andExpect(status().isOk());
    }

    @Test
    void theDataApisOwnDescriptionStaysOpenToAgencies() throws Exception {
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        mvc.perform(get("/v3/api-docs/data-v1").with(as(service))).andExpect(status().isOk());
    }

    @Test
    void anotherAgencysRegistrationIsRefusedBeforeItsStatusIsLookedAt() throws Exception {
        AgencyId other = fixtures.agency();
        IpRegistration active = ips.request(SYSTEM, other, "10.77.66.0/29", "Kantor B", "Jalan B No. 1");
        ips.approve(SYSTEM, active.id(), "test");
        AccountFixtures.Login adminA = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        // withdrawing needs REQUESTED: the active one answered 409 "berstatus ACTIVE" to a stranger
        mvc.perform(post("/api/v1/admin/ips/" + active.id() + "/withdraw").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"uji\"}").with(as(adminA))).andExpect(status().isForbidden());
        IpRegistration requested = ips.request(SYSTEM, other, "10.77.65.0/29", "Kantor B", "Jalan B No. 1");
        mvc.perform(post("/api/v1/admin/ips/" + requested.id() + "/remove").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"uji\"}").with(as(adminA))).andExpect(status().isForbidden());
    }
}
