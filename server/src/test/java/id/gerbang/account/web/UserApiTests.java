package id.gerbang.account.web;

import static id.gerbang.account.web.ApiTestSupport.as;
import static id.gerbang.account.web.ApiTestSupport.json;
import static id.gerbang.account.web.ApiTestSupport.randomSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.internal.IssuedCredentials;
import id.gerbang.account.internal.UserAdministration;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.Roles;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accounts through the administration API: first sign-in, lockout, reset, deactivation, roles. */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UserApiTests {

    static final String USERS = "/api/v1/admin/users";
    static final String OWN = "/api/v1/account";

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    AccountFixtures fixtures;
    AccountFixtures.Login registryAdmin;
    AgencyId agency;
    AgreementId agreement;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(agencies, agreements, administration, clock);
        registryAdmin = fixtures.registryAdmin();
        agency = fixtures.agency();
        agreement = fixtures.agreement(agency, 100).id();
    }

    MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aOneTimePasswordOpensNothingButThePasswordChange() throws Exception {
        IssuedCredentials issued = fixtures.issue(Roles.AGENCY_ADMIN, agency, null);
        String user = issued.userId().value();
        String otp = issued.oneTimePassword();
        for (var request : new MockHttpServletRequestBuilder[] {get(OWN), get(USERS), get("/api/v1/admin/ips"),
                postJson("/api/v1/admin/ips", "{}"), get("/api/v1/account/password")}) {
            mvc.perform(request.with(as(user, otp, "127.0.0.1")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"))
                    .andExpect(jsonPath("$.messages.id").value("Kata sandi sekali pakai harus diganti terlebih dahulu"))
                    .andExpect(jsonPath("$.messages.en").value("The one-time password must be changed first"));
        }
        mvc.perform(postJson(OWN + "/password", json("currentPassword", "not-it", "newPassword", "Kebun-Teh-Lembang7"))
                        .with(as(user, otp, "127.0.0.1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CURRENT_PASSWORD_WRONG"));
        mvc.perform(postJson(OWN + "/password", json("currentPassword", otp, "newPassword", "pendek"))
                        .with(as(user, otp, "127.0.0.1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PASSWORD_POLICY_VIOLATED"))
                .andExpect(jsonPath("$.errors.newPassword.id").value("terlalu pendek"))
                .andExpect(jsonPath("$.errors.newPassword.en").value("is too short"))
                .andExpect(jsonPath("$.messages.en").value("The password does not meet the password policy: at least 12 characters of at least 3 kinds"));
        mvc.perform(postJson(OWN + "/password", json("currentPassword", otp, "newPassword", "Indonesia-2025"))
                        .with(as(user, otp, "127.0.0.1")))
                .andExpect(jsonPath("$.errors.newPassword.en").value("is too common and easy to guess"));
        mvc.perform(postJson(OWN + "/password", json("currentPassword", otp, "newPassword", "Kebun-Teh-Lembang7"))
                        .with(as(user, otp, "127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired").value(false));
        mvc.perform(get(OWN).with(as(user, "Kebun-Teh-Lembang7", "127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(user))
                .andExpect(jsonPath("$.role").value("AGENCY_ADMIN"));
        mvc.perform(get(OWN).with(as(user, otp, "127.0.0.1"))).andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        String source = randomSource();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(OWN).with(as(user.user(), "wrong-" + i, source))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get(OWN).with(as(user.user(), user.password(), source))).andExpect(status().isUnauthorized());
        mvc.perform(get(USERS + "/" + user.user()).with(as(registryAdmin)))
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.lockedUntil").exists());
        mvc.perform(postJson(USERS + "/" + user.user() + "/unlock", json("reason", "telepon ke helpdesk"))
                        .with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(get(OWN).with(as(user.user(), user.password(), source))).andExpect(status().isOk());
        assertThat(events.stream(AdministrativeAction.class).filter(a -> a.subjectId().equals(user.user()))
                .map(AdministrativeAction::action)).contains("account.locked", "account.unlocked");
    }

    @Test
    void aResetIssuesANewOneTimePasswordAndTheOldOneStopsWorking() throws Exception {
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        String response = mvc.perform(postJson(USERS + "/" + user.user() + "/reset-password", json("reason", "lupa"))
                        .with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String otp = JsonPath.read(response, "$.oneTimePassword");
        mvc.perform(get(OWN).with(as(user.user(), user.password(), "127.0.0.1"))).andExpect(status().isUnauthorized());
        mvc.perform(get(OWN).with(as(user.user(), otp, "127.0.0.1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        AdministrativeAction reset = events.stream(AdministrativeAction.class)
                .filter(a -> a.action().equals("account.password-reset") && a.subjectId().equals(user.user()))
                .findFirst().orElseThrow();
        assertThat(reset.actor()).isEqualTo(registryAdmin.user());
        assertThat(String.valueOf(reset.before()) + reset.after()).doesNotContain(otp).doesNotContain("argon2");
    }

    @Test
    void deactivationByTheOwnAgencyAndReactivationByTheRegistry() throws Exception {
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        AccountFixtures.Login otherAgencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency(), null);
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        mvc.perform(postJson(USERS + "/" + operator.user() + "/deactivate", json("reason", "x")).with(as(otherAgencyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(USERS + "/" + registryAdmin.user() + "/deactivate", json("reason", "x")).with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(USERS + "/" + operator.user() + "/deactivate", json("reason", "pindah tugas"))
                        .with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEACTIVATED"));
        mvc.perform(get(OWN).with(as(operator))).andExpect(status().isUnauthorized());
        mvc.perform(postJson(USERS + "/" + operator.user() + "/deactivate", json("reason", "lagi")).with(as(agencyAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("USER_STATUS_UNCHANGED"));
        mvc.perform(postJson(USERS + "/" + operator.user() + "/reactivate", json("reason", "kembali")).with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(USERS + "/" + operator.user() + "/reactivate", json("reason", "kembali")).with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get(OWN).with(as(operator))).andExpect(status().isOk());
        mvc.perform(get(USERS + "/" + operator.user() + "/history").with(as(agencyAdmin)))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("created", "password-changed",
                        "deactivated", "reactivated")));
    }

    @Test
    void theServiceAccountLimitAppliesToReactivationToo() throws Exception {
        AccountFixtures.Login first = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        mvc.perform(postJson(USERS + "/" + first.user() + "/deactivate", json("reason", "ganti")).with(as(registryAdmin)))
                .andExpect(status().isOk());
        fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        mvc.perform(postJson(USERS + "/" + first.user() + "/reactivate", json("reason", "x")).with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SERVICE_ACCOUNT_LIMIT_REACHED"));
    }

    @Test
    void aNewTokenReplacesTheOldOne() throws Exception {
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        String response = mvc.perform(postJson(USERS + "/" + service.user() + "/token", json("reason", "bocor"))
                        .with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.oneTimePassword").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(response, "$.webServiceToken");
        assertThat(token).hasSize(43);
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        mvc.perform(postJson(USERS + "/" + operator.user() + "/token", json("reason", "x")).with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WEB_SERVICE_NOT_GRANTED"));
    }

    @Test
    void registryStaffAreCreatedByARegistryAdministratorOnly() throws Exception {
        String userId = AccountFixtures.unique("auditor.");
        String body = json("userId", userId, "role", "REGISTRY_AUDITOR", "fullName", "Auditor Uji", "reason", "tim evaluasi");
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        mvc.perform(postJson(USERS, body).with(as(auditor))).andExpect(status().isForbidden());
        mvc.perform(postJson(USERS, body).with(as(fixtures.user(Roles.AGENCY_ADMIN, agency, null))))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(USERS, body).with(as(registryAdmin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userId").value(userId))
                .andExpect(jsonPath("$.oneTimePassword").isString());
        mvc.perform(postJson(USERS, body).with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("USER_ID_TAKEN"));
        mvc.perform(postJson(USERS, body.replace("REGISTRY_AUDITOR", "AGENCY_OPERATOR").replace(userId, userId + "x"))
                        .with(as(registryAdmin)))
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));
    }

    @Test
    void readersSeeWhatTheirRoleAllows() throws Exception {
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        AccountFixtures.Login stranger = fixtures.user(Roles.AGENCY_OPERATOR, fixtures.agency(), null);
        mvc.perform(get(USERS).with(as(auditor))).andExpect(status().isOk());
        String own = mvc.perform(get(USERS).with(as(agencyAdmin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(own, "$[*].userId"))
                .contains(operator.user(), agencyAdmin.user()).doesNotContain(stranger.user(), registryAdmin.user());
        mvc.perform(get(USERS + "/" + stranger.user()).with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(USERS + "/" + registryAdmin.user()).with(as(agencyAdmin))).andExpect(status().isForbidden());
        for (String path : new String[] {USERS, USERS + "/" + operator.user()}) {
            mvc.perform(get(path).with(as(operator))).andExpect(status().isForbidden());
        }
        for (String action : new String[] {"unlock", "reset-password", "reactivate", "token"}) {
            mvc.perform(postJson(USERS + "/" + operator.user() + "/" + action, json("reason", "x")).with(as(auditor)))
                    .andExpect(status().isForbidden());
            mvc.perform(postJson(USERS + "/" + operator.user() + "/" + action, json("reason", "x")).with(as(agencyAdmin)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/login-lockouts/sources").with(as(auditor))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/login-lockouts/sources").with(as(agencyAdmin))).andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/admin/login-lockouts/sources/unblock", json("address", "192.0.2.1", "reason", "x"))
                .with(as(auditor))).andExpect(status().isForbidden());
        mvc.perform(postJson("/api/v1/admin/login-lockouts/sources/unblock", json("address", "192.0.2.1", "reason", "x"))
                .with(as(registryAdmin))).andExpect(status().isOk());
    }
}
