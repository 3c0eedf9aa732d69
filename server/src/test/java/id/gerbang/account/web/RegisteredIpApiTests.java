package id.gerbang.account.web;

import static id.gerbang.account.web.ApiTestSupport.as;
import static id.gerbang.account.web.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.RegisteredIps;
import id.gerbang.account.internal.IpAddresses;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** IP registration requests (juknis 2.k) through the API, and what the web service will see. */
@IntegrationTest
@AutoConfigureMockMvc
class RegisteredIpApiTests {

    static final String IPS = "/api/v1/admin/ips";

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired RegisteredIps registeredIps;
    @Autowired Clock clock;

    AccountFixtures fixtures;
    AccountFixtures.Login registryAdmin;
    AgencyId agency;
    AccountFixtures.Login agencyAdmin;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
        registryAdmin = fixtures.registryAdmin();
        agency = fixtures.agency();
        agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
    }

    MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long request(AccountFixtures.Login who, String address) throws Exception {
        String body = mvc.perform(postJson(IPS, json("address", address, "officeName", "Kantor Dinas Uji",
                        "officeAddress", "Jalan Uji No. 3")).with(as(who)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    boolean registered(String address) {
        return registeredIps.isRegistered(agency, IpAddresses.toInetAddress(address));
    }

    @Test
    void aRequestCountsOnlyOnceApprovedAndStopsCountingWhenRemoved() throws Exception {
        long id = request(agencyAdmin, "10.77.1.0/24");
        assertThat(registered("10.77.1.9")).as("requested is not registered").isFalse();
        mvc.perform(postJson(IPS + "/" + id + "/approve", "{}").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson(IPS + "/" + id + "/approve", json("reason", "sesuai surat")).with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.address").value("10.77.1.0/24"));
        assertThat(registered("10.77.1.9")).isTrue();
        assertThat(registered("::ffff:10.77.1.200")).isTrue();
        assertThat(registered("10.77.2.1")).isFalse();
        assertThat(registeredIps.isRegistered(fixtures.agency(), InetAddress.getByAddress(new byte[] {10, 77, 1, 9})))
                .as("another agency").isFalse();
        mvc.perform(get(IPS + "/check?agencyId=" + agency.value() + "&address=10.77.1.9").with(as(registryAdmin)))
                .andExpect(jsonPath("$.registered").value(true));

        mvc.perform(postJson(IPS + "/" + id + "/remove", json("reason", "kantor pindah")).with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"))
                .andExpect(jsonPath("$.removedBy").value(agencyAdmin.user()));
        assertThat(registered("10.77.1.9")).as("removal applies at once").isFalse();
        mvc.perform(get(IPS + "/" + id + "/history").with(as(agencyAdmin)))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("REQUESTED", "ACTIVE", "REMOVED")));
    }

    @Test
    void ipv6AndTheLoopbacksAreDistinct() throws Exception {
        long v6 = request(agencyAdmin, "2001:db8:77::/48");
        long loop4 = request(agencyAdmin, "127.0.0.1");
        mvc.perform(postJson(IPS + "/" + v6 + "/approve", "{}").with(as(registryAdmin))).andExpect(status().isOk());
        mvc.perform(postJson(IPS + "/" + loop4 + "/approve", "{}").with(as(registryAdmin))).andExpect(status().isOk());
        assertThat(registered("2001:db8:77:ffff::1")).isTrue();
        assertThat(registered("2001:db8:78::1")).isFalse();
        assertThat(registered("127.0.0.1")).isTrue();
        assertThat(registered("::ffff:127.0.0.1")).isTrue();
        assertThat(registered("::1")).as("::1 is not 127.0.0.1").isFalse();
    }

    @Test
    void badAddressesAreRefusedWithoutLookingAnythingUp() throws Exception {
        for (String[] c : new String[][] {{"localhost", "IP_INVALID"}, {"gerbang.example", "IP_INVALID"},
                {"10.0.0.1/8", "IP_HOST_BITS_SET"}, {"10.0.0.0/8", "IP_PREFIX_TOO_SHORT"}, {"2001:db8::/32", "IP_PREFIX_TOO_SHORT"},
                {"300.1.1.1", "IP_INVALID"}}) {
            mvc.perform(postJson(IPS, json("address", c[0], "officeName", "K", "officeAddress", "A")).with(as(agencyAdmin)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value(c[1]))
                    .andExpect(jsonPath("$.errors.address").exists());
        }
        mvc.perform(postJson(IPS, json("address", "10.0.0.1/8", "officeName", "K", "officeAddress", "A"))
                        .header("Accept-Language", "en").with(as(agencyAdmin)))
                .andExpect(jsonPath("$.title").value("The network address does not match its prefix; did you mean 10.0.0.0/8?"));
        request(agencyAdmin, "192.0.2.10");
        mvc.perform(postJson(IPS, json("address", " 192.0.2.10/32 ", "officeName", "K", "officeAddress", "A"))
                        .with(as(agencyAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IP_ALREADY_REGISTERED"));
    }

    @Test
    void anAgencyAdministratorManagesItsOwnAgencysAddressesOnly() throws Exception {
        AgencyId other = fixtures.agency();
        AccountFixtures.Login otherAdmin = fixtures.user(Roles.AGENCY_ADMIN, other, null);
        mvc.perform(postJson(IPS, "{\"agencyId\":" + agency.value() + ",\"address\":\"192.0.2.20\","
                        + "\"officeName\":\"K\",\"officeAddress\":\"A\"}").with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        long id = request(agencyAdmin, "192.0.2.21");
        mvc.perform(get(IPS + "/" + id).with(as(otherAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson(IPS + "/" + id + "/withdraw", json("reason", "x")).with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(IPS + "/" + id + "/approve", "{}").with(as(registryAdmin))).andExpect(status().isOk());
        mvc.perform(postJson(IPS + "/" + id + "/remove", json("reason", "x")).with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        assertThat(registered("192.0.2.21")).isTrue();
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        mvc.perform(get(IPS + "?agencyId=" + agency.value()).with(as(auditor))).andExpect(status().isOk());
        mvc.perform(postJson(IPS + "/" + id + "/remove", json("reason", "x")).with(as(auditor)))
                .andExpect(status().isForbidden());
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        mvc.perform(get(IPS).with(as(operator))).andExpect(status().isForbidden());
        mvc.perform(get(IPS + "/check?agencyId=1&address=127.0.0.1").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson(IPS + "/" + id + "/reject", json("reason", "x")).with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IP_REGISTRATION_STATUS_WRONG"));
    }
}
