package id.gerbang.quota.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.quota.QuotaOutcome;
import id.gerbang.quota.Quotas;
import id.gerbang.quota.internal.QuotaProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Usage and quota-increase requests through the administration API, and who may do what. */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class QuotaApiTests {

    static final String REQUESTS = "/api/v1/admin/quotas/increase-requests";

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Quotas quotas;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;
    @Autowired QuotaProperties properties;

    AccountFixtures fixtures;
    AccountFixtures.Login registryAdmin;
    AgencyId agency;
    AgreementId agreement;
    AccountFixtures.Login agencyAdmin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = AccountFixtures.of(context);
        registryAdmin = fixtures.registryAdmin();
        agency = fixtures.agency();
        agreement = fixtures.agreement(agency, 100).id();
        agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency, null);
        today = JakartaTime.today(clock);
    }

    static RequestPostProcessor as(AccountFixtures.Login login) {
        return httpBasic(login.user(), login.password());
    }

    MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long submit(int quota, LocalDate from) throws Exception {
        String body = mvc.perform(postJson(REQUESTS, "{\"agreementId\":" + agreement.value() + ",\"requestedQuota\":"
                        + quota + ",\"effectiveFrom\":\"" + from + "\",\"reason\":\"Kajian teknis: verifikasi massal\"}")
                        .with(as(agencyAdmin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentQuota").value(100))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void anApprovedIncreaseChangesTheAgreementsQuotaFromItsDate() throws Exception {
        long id = submit(500, today);
        mvc.perform(postJson(REQUESTS + "/" + id + "/approve", "{\"reference\":\"ADD/1/2025\"}").with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(REQUESTS + "/" + id + "/approve", "{\"approvedQuota\":400,\"reference\":\"ADD/1/2025\","
                        + "\"reason\":\"disetujui sebagian\"}").with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedQuota").value(400))
                .andExpect(jsonPath("$.approvedFrom").value(today.toString()))
                .andExpect(jsonPath("$.reference").value("ADD/1/2025"))
                .andExpect(jsonPath("$.decidedBy").value(registryAdmin.user()));
        assertThat(agreements.termsOn(agreement, today).orElseThrow().dailyQuota()).isEqualTo(400);
        assertThat(quotas.tryConsume(agreement, null, today).limit()).isEqualTo(400);
        assertThat(events.stream(AdministrativeAction.class).map(AdministrativeAction::action))
                .contains("quota.increase-requested", "quota.increase-approved");
        mvc.perform(postJson(REQUESTS + "/" + id + "/reject", "{\"reason\":\"x\"}").with(as(registryAdmin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REQUEST_NOT_PENDING"));
    }

    @Test
    void anIncreaseFromALaterDateLeavesTodayAlone() throws Exception {
        long id = submit(250, today.plusDays(3));
        mvc.perform(postJson(REQUESTS + "/" + id + "/approve", "{\"reference\":\"ADD/2/2025\"}").with(as(registryAdmin)))
                .andExpect(status().isOk());
        assertThat(agreements.termsOn(agreement, today).orElseThrow().dailyQuota()).isEqualTo(100);
        assertThat(agreements.termsOn(agreement, today.plusDays(3)).orElseThrow().dailyQuota()).isEqualTo(250);
    }

    @Test
    void rejectionsAndRefusals() throws Exception {
        long id = submit(1000, today);
        mvc.perform(postJson(REQUESTS + "/" + id + "/reject", "{\"reason\":\"kajian tidak cukup\"}").with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(agreements.termsOn(agreement, today).orElseThrow().dailyQuota()).isEqualTo(100);
        mvc.perform(postJson(REQUESTS, "{\"agreementId\":" + agreement.value() + ",\"requestedQuota\":50,"
                        + "\"effectiveFrom\":\"" + today + "\",\"reason\":\"x\"}").with(as(agencyAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NOT_AN_INCREASE"));
        mvc.perform(postJson(REQUESTS, "{\"agreementId\":" + agreement.value() + ",\"requestedQuota\":500,"
                        + "\"effectiveFrom\":\"" + today.minusDays(1) + "\",\"reason\":\"x\"}").with(as(agencyAdmin)))
                .andExpect(jsonPath("$.code").value("EFFECTIVE_DATE_PAST"));
        AccountFixtures.Login otherAdmin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency(), null);
        mvc.perform(postJson(REQUESTS, "{\"agreementId\":" + agreement.value() + ",\"requestedQuota\":500,"
                        + "\"effectiveFrom\":\"" + today + "\",\"reason\":\"x\"}").with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get(REQUESTS + "/" + id).with(as(otherAdmin))).andExpect(status().isForbidden());
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        mvc.perform(get(REQUESTS).with(as(operator))).andExpect(status().isForbidden());
        AccountFixtures.Login auditor = fixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        mvc.perform(get(REQUESTS + "/" + id).with(as(auditor))).andExpect(status().isOk());
        long pending = submit(700, today);
        mvc.perform(postJson(REQUESTS + "/" + pending + "/approve", "{\"reference\":\"x\"}").with(as(auditor)))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(REQUESTS + "/" + pending + "/withdraw", "{\"reason\":\"tidak jadi\"}").with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    static byte[] pdf(int padding) {
        byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + padding + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        java.util.Arrays.fill(all, head.length, head.length + padding, (byte) ' ');
        System.arraycopy(tail, 0, all, head.length + padding, tail.length);
        return all;
    }

    MockHttpServletRequestBuilder putPdf(long id, byte[] content, String fileName) {
        return put(REQUESTS + "/" + id + "/study").param("fileName", fileName).contentType(MediaType.APPLICATION_PDF)
                .content(content);
    }

    @Test
    void theTechnicalStudyIsAPdfKeptForTheRegistryAndTheAgencyOnly() throws Exception {
        long id = submit(800, today);
        mvc.perform(get(REQUESTS + "/" + id + "/study").with(as(registryAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("STUDY_NOT_FOUND"));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(putPdf(id, html, "kajian.pdf").with(as(agencyAdmin)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("STUDY_NOT_PDF"));
        byte[] tooLarge = pdf(properties.studyMaxBytes());
        mvc.perform(putPdf(id, tooLarge, "kajian.pdf").with(as(agencyAdmin)))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.code").value("STUDY_TOO_LARGE"));
        byte[] study = pdf(2000);
        mvc.perform(putPdf(id, study, "../../etc/Kajian Teknis 2026.pdf").with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.study.fileName").value("Kajian_Teknis_2026.pdf"))
                .andExpect(jsonPath("$.study.sizeBytes").value(study.length))
                .andExpect(jsonPath("$.study.uploadedBy").value(agencyAdmin.user()));
        assertThat(events.stream(AdministrativeAction.class).map(AdministrativeAction::action))
                .contains("quota.increase-study-attached");
        for (AccountFixtures.Login reader : List.of(registryAdmin, fixtures.user(Roles.REGISTRY_AUDITOR, null, null),
                agencyAdmin)) {
            byte[] body = mvc.perform(get(REQUESTS + "/" + id + "/study").with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"Kajian_Teknis_2026.pdf\""))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(body).isEqualTo(study);
        }
        AccountFixtures.Login otherAdmin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency(), null);
        mvc.perform(get(REQUESTS + "/" + id + "/study").with(as(otherAdmin))).andExpect(status().isForbidden());
        mvc.perform(putPdf(id, study, "x.pdf").with(as(otherAdmin))).andExpect(status().isForbidden());
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency, null);
        mvc.perform(get(REQUESTS + "/" + id + "/study").with(as(operator))).andExpect(status().isForbidden());
        mvc.perform(get(REQUESTS + "/" + id).with(as(registryAdmin)))
                .andExpect(jsonPath("$.study.sha256").value(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(study))));
        mvc.perform(postJson(REQUESTS + "/" + id + "/withdraw", "{\"reason\":\"x\"}").with(as(agencyAdmin)))
                .andExpect(status().isOk());
        mvc.perform(putPdf(id, study, "x.pdf").with(as(agencyAdmin))).andExpect(status().isConflict());
    }

    @Test
    void usageTodayAndPerDayForTheRightReaders() throws Exception {
        quotas.tryConsume(agreement, null, today);
        quotas.tryConsume(agreement, null, today);
        String base = "/api/v1/admin/quotas/agreements/" + agreement.value();
        mvc.perform(get(base + "/usage").with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usage.used").value(2))
                .andExpect(jsonPath("$.usage.limit").value(100))
                .andExpect(jsonPath("$.usage.remaining").value(98))
                .andExpect(jsonPath("$.resetsAt").value(JakartaTime.startOf(today.plusDays(1)).toString()));
        mvc.perform(get(base + "/usage/daily?from=" + today + "&to=" + today.plusDays(1)).with(as(registryAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].used").value(2))
                .andExpect(jsonPath("$[1].used").value(0));
        mvc.perform(get(base + "/usage/daily?from=" + today + "&to=" + today.minusDays(3)).with(as(registryAdmin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PERIOD_INVALID"));
        AccountFixtures.Login otherAdmin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency(), null);
        mvc.perform(get(base + "/usage").with(as(otherAdmin))).andExpect(status().isForbidden());
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        mvc.perform(get(base + "/usage").with(as(service))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/quotas/agreements/999999999/usage").with(as(registryAdmin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void userQuotasAreSetByTheRegistryOnly() throws Exception {
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        String path = "/api/v1/admin/quotas/agreements/" + agreement.value() + "/users/" + service.user();
        String body = "{\"dailyLimit\":1,\"effectiveFrom\":\"" + today + "\",\"reason\":\"uji\"}";
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body).with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body).with(as(registryAdmin)))
                .andExpect(status().isOk());
        assertThat(quotas.tryConsume(agreement, service.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, service.userId(), today).outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_USER);
        mvc.perform(get("/api/v1/admin/quotas/agreements/" + agreement.value() + "/users").with(as(agencyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].userId").value(service.user()))
                .andExpect(jsonPath("$[0].dailyLimit").value(1));
    }
}
