package id.gerbang.account.web;

import static id.gerbang.account.web.ApiTestSupport.as;
import static id.gerbang.account.web.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Channel;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The life of a user-ID application through the administration API, and who may do what. */
@IntegrationTest
@AutoConfigureMockMvc
class UserApplicationApiTests {

    static final String PATH = "/api/v1/admin/user-applications";

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired Accounts accounts;
    @Autowired Clock clock;

    AccountFixtures fixtures;
    AccountFixtures.Login registryAdmin;
    AgencyId agency;
    AgreementId agreement;
    AccountFixtures.Login agencyAdmin;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
        registryAdmin = fixtures.registryAdmin();
        agency = fixtures.agency();
        agreement = fixtures.agreement(agency, 100, Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL)).id();
        agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
    }

    static String application(String role, Object agreementId, String extra) {
        return "{\"requestedRole\":\"" + role + "\","
                + (agreementId == null ? "" : "\"agreementId\":" + agreementId + ",")
                + "\"nik\":\"3273014107900001\",\"fullName\":\"Pemohon Sintetis\",\"nip\":\"199001012015032001\","
                + "\"employmentStatus\":\"PNS\",\"position\":\"Pengelola Data\",\"officeRegionCode\":\"32.73\","
                + "\"officeName\":\"Dinas Uji\",\"officeAddress\":\"Jalan Uji No. 2\",\"localUserId\":\"andi.p\""
                + extra + "}";
    }

    MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long submit(AccountFixtures.Login as, String body) throws Exception {
        String response = mvc.perform(postJson(PATH, body).with(as(as)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    @Test
    void anAgencyAdministratorAppliesAndARegistryAdministratorApprovesWithSecretsShownOnce() throws Exception {
        long id = submit(agencyAdmin, application("AGENCY_SERVICE", agreement.value(), ""));
        mvc.perform(get(PATH + "/" + id).with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.agencyId").value(agency.value()))
                .andExpect(jsonPath("$.nip").value("199001012015032001"))
                .andExpect(jsonPath("$.officeRegionCode").value("32.73"));

        String userId = AccountFixtures.unique("svc.");
        String approval = mvc.perform(postJson(PATH + "/" + id + "/approve", json("userId", userId, "reason", "lengkap"))
                        .with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.application.status").value("APPROVED"))
                .andExpect(jsonPath("$.application.issuedUserId").value(userId))
                .andExpect(jsonPath("$.credentials.userId").value(userId))
                .andReturn().getResponse().getContentAsString();
        String otp = JsonPath.read(approval, "$.credentials.oneTimePassword");
        String token = JsonPath.read(approval, "$.credentials.webServiceToken");
        assertThat(otp).hasSize(16);
        assertThat(token).hasSizeGreaterThan(40);
        assertThat(accounts.verifyToken(UserId.of(userId), token)).isTrue();
        assertThat(accounts.verifyToken(UserId.of(userId), token.substring(1))).isFalse();

        // Never again: not in the application, the account, the list, or the history.
        for (String path : new String[] {PATH + "/" + id, PATH + "/" + id + "/history", PATH,
                "/api/v1/admin/users/" + userId, "/api/v1/admin/users?agencyId=" + agency.value(),
                "/api/v1/admin/users/" + userId + "/history"}) {
            String body = mvc.perform(get(path).with(as(registryAdmin))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain(otp).doesNotContain(token).doesNotContain("argon2");
        }
        mvc.perform(get("/api/v1/admin/users/" + userId).with(as(registryAdmin)))
                .andExpect(jsonPath("$.passwordChangeRequired").value(true))
                .andExpect(jsonPath("$.hasWebServiceToken").value(true))
                .andExpect(jsonPath("$.role").value("AGENCY_SERVICE"));
        mvc.perform(get(PATH + "/" + id + "/history").with(as(agencyAdmin)))
                .andExpect(jsonPath("$[0].to").value("SUBMITTED"))
                .andExpect(jsonPath("$[1].from").value("SUBMITTED"))
                .andExpect(jsonPath("$[1].to").value("APPROVED"));

        mvc.perform(postJson(PATH + "/" + id + "/approve", "{}").with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("APPLICATION_NOT_PENDING"));
    }

    @Test
    void atMostOneServiceAccountPerAgreement() throws Exception {
        long first = submit(registryAdmin, application("AGENCY_SERVICE", agreement.value(),
                ",\"agencyId\":" + agency.value()));
        long second = submit(agencyAdmin, application("AGENCY_SERVICE", agreement.value(), ""));
        mvc.perform(postJson(PATH + "/" + first + "/approve", "{}").with(as(registryAdmin))).andExpect(status().isOk());
        mvc.perform(postJson(PATH + "/" + second + "/approve", "{}").with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SERVICE_ACCOUNT_LIMIT_REACHED"))
                .andExpect(jsonPath("$.messages.en").value("This agreement already has the maximum number of service accounts (1)"));
        mvc.perform(get(PATH + "/" + second).with(as(registryAdmin))).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void generatedUserIdsAreUniqueAndNoTokenWithoutTheWebServiceChannel() throws Exception {
        AgreementId portalOnly = fixtures.agreement(agency, 10, Set.of(Channel.WEB_PORTAL)).id();
        long id = submit(agencyAdmin, application("AGENCY_SERVICE", portalOnly.value(), ""));
        String approval = mvc.perform(postJson(PATH + "/" + id + "/approve", "{}").with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.credentials.webServiceToken").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(approval, "$.credentials.userId")).startsWith("a" + agency.value() + ".andi.p");
        long operator = submit(agencyAdmin, application("AGENCY_OPERATOR", null, ""));
        String second = mvc.perform(postJson(PATH + "/" + operator + "/approve", "{}").with(as(registryAdmin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.credentials.userId")).isEqualTo("a" + agency.value() + ".andi.p-2");
    }

    @Test
    void rejectionAndWithdrawalNeedAReasonAndEndTheApplication() throws Exception {
        long rejected = submit(agencyAdmin, application("AGENCY_OPERATOR", null, ""));
        mvc.perform(postJson(PATH + "/" + rejected + "/reject", "{}").with(as(registryAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(postJson(PATH + "/" + rejected + "/reject", json("reason", "NIP tidak sesuai SK")).with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decisionReason").value("NIP tidak sesuai SK"))
                .andExpect(jsonPath("$.decidedBy").value(registryAdmin.user()));
        long withdrawn = submit(agencyAdmin, application("AGENCY_OPERATOR", null, ""));
        mvc.perform(postJson(PATH + "/" + withdrawn + "/withdraw", json("reason", "salah isi")).with(as(agencyAdmin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(postJson(PATH + "/" + withdrawn + "/approve", "{}").with(as(registryAdmin)))
                .andExpect(status().isConflict());
    }

    @Test
    void anAgencyAdministratorActsForItsOwnAgencyOnly() throws Exception {
        AgencyId otherAgency = fixtures.agency();
        AccountFixtures.Login otherAdmin = fixtures.user(Roles.AGENCY_ADMIN, otherAgency, null);
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, ",\"agencyId\":" + agency.value()))
                        .with(as(otherAdmin)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(postJson(PATH, application("AGENCY_SERVICE", agreement.value(), "")).with(as(otherAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("AGREEMENT_OF_OTHER_AGENCY"));
        long id = submit(agencyAdmin, application("AGENCY_OPERATOR", null, ""));
        mvc.perform(get(PATH + "/" + id).with(as(otherAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/" + id + "/history").with(as(otherAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson(PATH + "/" + id + "/withdraw", json("reason", "x")).with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        submit(otherAdmin, application("AGENCY_OPERATOR", null, ""));
        String list = mvc.perform(get(PATH).with(as(otherAdmin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(list, "$[*].agencyId")).containsOnly((int) otherAgency.value());
        mvc.perform(get(PATH + "?agencyId=" + agency.value()).with(as(otherAdmin))).andExpect(status().isForbidden());
    }

    @Test
    void rolesWithoutTheRightAreRefused() throws Exception {
        long id = submit(agencyAdmin, application("AGENCY_OPERATOR", null, ""));
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        mvc.perform(postJson(PATH + "/" + id + "/approve", "{}").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson(PATH + "/" + id + "/approve", "{}").with(as(auditor))).andExpect(status().isForbidden());
        mvc.perform(postJson(PATH + "/" + id + "/reject", json("reason", "x")).with(as(auditor)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, ",\"agencyId\":" + agency.value()))
                .with(as(auditor))).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/" + id).with(as(auditor))).andExpect(status().isOk());
        for (AccountFixtures.Login agencyUser : new AccountFixtures.Login[] {operator, service}) {
            mvc.perform(get(PATH).with(as(agencyUser))).andExpect(status().isForbidden());
            mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "")).with(as(agencyUser)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void invalidApplicationsAreRefusedInBothLanguages() throws Exception {
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("3273014107900001", "3273019907900001"))
                        .with(as(agencyAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("NIK_DAY"));
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("3273014107900001", "12345"))
                        .with(as(agencyAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.nik.id").exists())
                .andExpect(jsonPath("$.errors.nik.en").exists());
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("\"nip\":\"199001012015032001\",", ""))
                        .with(as(agencyAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NIP_REQUIRED"));
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("199001012015032001", "199013012015032001"))
                        .with(as(agencyAdmin)))
                .andExpect(jsonPath("$.code").value("NIP_INVALID"));
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("\"PNS\"", "\"HONORER\"")
                        .replace("\"nip\":\"199001012015032001\",", "")).with(as(agencyAdmin)))
                .andExpect(status().isCreated());
        mvc.perform(postJson(PATH, application("REGISTRY_ADMIN", null, "")).with(as(agencyAdmin)))
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));
        mvc.perform(postJson(PATH, application("AGENCY_SERVICE", null, "")).with(as(agencyAdmin)))
                .andExpect(jsonPath("$.code").value("AGREEMENT_REQUIRED"));
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "").replace("32.73", "32.7"))
                        .with(as(agencyAdmin)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("REGION_CODE")));
        mvc.perform(postJson(PATH, application("AGENCY_OPERATOR", null, "")).header("Accept-Language", "en")
                        .with(as(registryAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("The request is not valid"))
                .andExpect(jsonPath("$.errors.agencyId.en").value("is required"));
    }
}
