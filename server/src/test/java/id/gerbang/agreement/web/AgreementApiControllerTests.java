package id.gerbang.agreement.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementFixtures;
import id.gerbang.agreement.AgreementTest;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@AgreementTest
class AgreementApiControllerTests {

    static final LocalDate SIGNED = LocalDate.of(2047, 12, 1);
    static final RequestPostProcessor ADMIN = user("admin.registry").roles("REGISTRY_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    Agreements agreements;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AgreementFixtures(agencies, agreements);
        clock.setDay(SIGNED);
    }

    /** The seed agreement's shape: template elements by default, web service + online form data balikan. */
    static String agreementJson(long agencyId, String registryNumber, String code, String extra) {
        return """
                {"agencyId": %d, "registryNumber": "%s", "agencyNumber": "119/1738-Dikbud/PHA",
                 "signedOn": "%s", "signedPlace": "Bandung",
                 "approvalLetter": {"number": "470/12219/Dukcapil", "date": "%s"},
                 "purpose": "Verifikasi dan validasi data korban kekerasan terhadap perempuan dan anak",
                 "purposeCategory": "PUBLIC_SERVICE",
                 "channels": ["WEB_SERVICE", "WEB_PORTAL"],
                 "feedback": {"kinds": ["VICTIM", "PROGRAMME_RECIPIENT"], "methods": ["WEB_SERVICE", "ONLINE_FORM"]},
                 "dailyQuota": 100,
                 "compatibility": {"agencyCode": "%s"}%s}"""
                .formatted(agencyId, registryNumber, SIGNED, SIGNED.minusDays(19), code, extra);
    }

    @Test
    void theSeedArrangementThroughTheApi() throws Exception {
        AgencyView agency = fixtures.agency();
        String number = AgreementFixtures.unique("470/") + "/Disdukcapil";
        String code = AgreementFixtures.unique("DP3AKB_");

        String created = mvc.perform(post("/api/v1/admin/agreements").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), number, code, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.registryNumber").value(number))
                .andExpect(jsonPath("$.agencyName").value(agency.name()))
                .andExpect(jsonPath("$.currentTerms.validUntil").value(SIGNED.plusYears(2).toString()))
                .andExpect(jsonPath("$.currentTerms.grantedElements.length()").value(19))
                .andExpect(jsonPath("$.currentTerms.dailyQuota").value(100))
                .andExpect(jsonPath("$.currentTerms.compatibility.agencyCode").value(code))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        String path = "/api/v1/admin/agreements/" + id;

        mvc.perform(post(path + "/activate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get(path + "/access").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("OK"));

        clock.setDay(SIGNED.plusYears(2).minusDays(10));
        mvc.perform(post(path + "/addenda").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "ADD-1/%d", "signedOn": "%s", "effectiveFrom": "%s",
                                 "note": "Perpanjangan dua tahun", "validUntil": "%s", "dailyQuota": 150}"""
                                .formatted(id, clock.today(), SIGNED.plusYears(2).plusDays(1), SIGNED.plusYears(4))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        mvc.perform(get(path + "/terms").param("date", SIGNED.plusYears(2).toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validUntil").value(SIGNED.plusYears(2).toString()))
                .andExpect(jsonPath("$.dailyQuota").value(100));
        mvc.perform(get(path + "/terms").param("date", SIGNED.plusYears(2).plusDays(1).toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validUntil").value(SIGNED.plusYears(4).toString()))
                .andExpect(jsonPath("$.dailyQuota").value(150))
                .andExpect(jsonPath("$.appliedChanges[0]").value("ADD-1/" + id));
        mvc.perform(get(path + "/terms").param("date", SIGNED.minusDays(1).toString()).with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TERMS_NOT_RECORDED"));
        mvc.perform(get(path + "/access").param("date", SIGNED.plusYears(4).plusDays(1).toString()).with(ADMIN))
                .andExpect(jsonPath("$.reason").value("EXPIRED"));

        mvc.perform(get(path + "/history").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.statusChanges.length()").value(2))
                .andExpect(jsonPath("$.statusChanges[1].actor").value("admin.registry"))
                .andExpect(jsonPath("$.amendments.length()").value(2));
        mvc.perform(get(path + "/addenda").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[1].kind").value("ADDENDUM"))
                .andExpect(jsonPath("$[1].reference").value("ADD-1/" + id));

        mvc.perform(get("/api/v1/admin/agreements").param("agencyId", agency.id().toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void eachOperationIsAGrantOnTheTermsChangedByAddendum() throws Exception {
        AgencyView agency = fixtures.agency();
        String created = mvc.perform(post("/api/v1/admin/agreements").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), AgreementFixtures.unique("470/") + "/Disdukcapil",
                                AgreementFixtures.unique("OPS_"), "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentTerms.service.operations.length()").value(2))
                .andExpect(jsonPath("$.currentTerms.service.operations[?(@ == 'FAMILY_LOOKUP')]").isEmpty())
                .andExpect(jsonPath("$.currentTerms.service.localUserRequired").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        String path = "/api/v1/admin/agreements/" + id;
        mvc.perform(post(path + "/activate").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post(path + "/addenda").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "ADD-OPS/%d", "signedOn": "%s", "effectiveFrom": "%s",
                                 "service": {"operations": ["NIK_LOOKUP", "FAMILY_LOOKUP"], "localUserRequired": true}}"""
                                .formatted(id, clock.today(), clock.today().plusDays(1))))
                .andExpect(status().isCreated());
        mvc.perform(get(path + "/terms").param("date", clock.today().toString()).with(ADMIN))
                .andExpect(jsonPath("$.service.operations.length()").value(2))
                .andExpect(jsonPath("$.service.localUserRequired").value(false));
        mvc.perform(get(path + "/terms").param("date", clock.today().plusDays(1).toString()).with(ADMIN))
                .andExpect(jsonPath("$.service.operations[0]").value("NIK_LOOKUP"))
                .andExpect(jsonPath("$.service.operations[1]").value("FAMILY_LOOKUP"))
                .andExpect(jsonPath("$.service.localUserRequired").value(true));
        // an addendum without service terms leaves them as they were
        mvc.perform(post(path + "/addenda").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "ADD-Q/%d", "signedOn": "%s", "effectiveFrom": "%s", "dailyQuota": 7}"""
                                .formatted(id, clock.today(), clock.today().plusDays(2))))
                .andExpect(status().isCreated());
        mvc.perform(get(path + "/terms").param("date", clock.today().plusDays(2).toString()).with(ADMIN))
                .andExpect(jsonPath("$.dailyQuota").value(7))
                .andExpect(jsonPath("$.service.operations.length()").value(2))
                .andExpect(jsonPath("$.service.localUserRequired").value(true));
    }

    @Test
    void lifecycleCommandsThroughTheApi() throws Exception {
        AgreementView agreement = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        String path = "/api/v1/admin/agreements/" + agreement.id().value();

        mvc.perform(post(path + "/suspend").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
        mvc.perform(post(path + "/suspend").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Data balikan tidak dikirim\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(post(path + "/activate").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGREEMENT_ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.title").value("The agreement status cannot change from SUSPENDED to ACTIVE"))
                .andExpect(jsonPath("$.messages.id")
                        .value("Status perjanjian tidak dapat diubah dari SUSPENDED menjadi ACTIVE"))
                .andExpect(jsonPath("$.detail").value(containsString("suspended one resumed")));
        mvc.perform(post(path + "/resume").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Data balikan diterima\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agreement.agencyId().value(), "x/1", "X", "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGREEMENT_NOT_A_DRAFT"));
        mvc.perform(post(path + "/terminate").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Kesepakatan para pihak\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"));
        mvc.perform(get("/api/v1/admin/agreements/999999999").with(ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("AGREEMENT_NOT_FOUND"));
    }

    @Test
    void protectedElementsNeedAReasonThroughTheApi() throws Exception {
        AgencyView agency = fixtures.agency();
        String number = AgreementFixtures.unique("470/") + "/D";

        mvc.perform(post("/api/v1/admin/agreements").with(ADMIN).header("Accept-Language", "id")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), number, AgreementFixtures.unique("P_"),
                                ", \"elements\": [\"NIK\", \"FULL_ADDRESS\", \"PNYDNG_CCT\"]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PROTECTED_ELEMENT_NEEDS_REASON"))
                .andExpect(jsonPath("$.title").value("Elemen data yang dilindungi memerlukan alasan: PNYDNG_CCT"))
                .andExpect(jsonPath("$.errors['protectedElementReasons.PNYDNG_CCT'].en")
                        .value("a reason is required for a protected element"));
        mvc.perform(post("/api/v1/admin/agreements").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), number, AgreementFixtures.unique("P_"),
                                ", \"elements\": [\"NIK\", \"BIOMETRIK\"]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_ELEMENT"));
        String created = mvc.perform(post("/api/v1/admin/agreements").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), number, AgreementFixtures.unique("P_"),
                                ", \"elements\": [\"NIK\", \"FULL_ADDRESS\", \"PNYDNG_CCT\"],"
                                        + " \"protectedElementReasons\": {\"PNYDNG_CCT\": \"Layanan disabilitas\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentTerms.grantedElements").value(hasItem("PNYDNG_CCT")))
                .andExpect(jsonPath("$.currentTerms.protectedElementReasons.PNYDNG_CCT").value("Layanan disabilitas"))
                .andReturn().getResponse().getContentAsString();
        JsonNode view = json.readTree(created);
        String path = "/api/v1/admin/agreements/" + view.get("id").asLong();

        mvc.perform(post(path + "/activate").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post(path + "/element-grants").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elements\": [\"NIK_IBU\"], \"reason\": \"Perlindungan anak\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.reference").exists());
        mvc.perform(post(path + "/element-grants").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elements\": [\"NIK_IBU\"], \"reason\": \"Perlindungan anak\","
                                + " \"reference\": \"ADD-NIK-IBU\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTerms.grantedElements").value(hasItem("NIK_IBU")))
                .andExpect(jsonPath("$.currentTerms.protectedElementReasons.NIK_IBU").value("Perlindungan anak"))
                .andExpect(jsonPath("$.currentTerms.protectedElementReasons.PNYDNG_CCT").value("Layanan disabilitas"));
    }

    @Test
    void compatibilitySettingsAreValidatedAndCodesUnique() throws Exception {
        AgencyView agency = fixtures.agency();
        String code = AgreementFixtures.unique("KODE_");

        mvc.perform(post("/api/v1/admin/agreements").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), AgreementFixtures.unique("n/"), "BAD CODE!", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_COMPATIBILITY"))
                .andExpect(jsonPath("$.errors['compatibility.agencyCode']").exists());
        mvc.perform(post("/api/v1/admin/agreements").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), AgreementFixtures.unique("n/"), code, "")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/admin/agreements").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(agreementJson(agency.id().value(), AgreementFixtures.unique("n/"),
                                code.toLowerCase(), "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGENCY_CODE_IN_USE"));
    }

    @Test
    void anAgencyAdministratorReadsItsOwnAgreementsOnly() throws Exception {
        AgreementView own = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        AgreementView other = fixtures.activeAgreement(SIGNED, SIGNED.plusYears(2));
        var asAgencyAdmin = authentication(AgencyPrincipal.agencyAdmin(own.agencyId()));

        mvc.perform(get("/api/v1/admin/agreements/" + own.id().value()).with(asAgencyAdmin))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/agreements/" + own.id().value() + "/terms").with(asAgencyAdmin))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/agreements/" + other.id().value()).with(asAgencyAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/agreements/999999999").with(asAgencyAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/agreements/" + own.id().value() + "/suspend").with(asAgencyAdmin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }
}
