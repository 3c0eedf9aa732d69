package id.gerbang.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.ContactPerson;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementFixtures;
import id.gerbang.agreement.AgreementTest;
import id.gerbang.agreement.Agreements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@AgreementTest
class AgencyApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    Agreements agreements;

    AgreementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AgreementFixtures(agencies, agreements);
    }

    static String agencyJson(String name, String region) {
        return """
                {"name": "%s", "kind": "PROVINCIAL_OFFICE", "address": "Jalan Sumatera No. 50, Bandung",
                 "regionCode": "%s"}""".formatted(name, region);
    }

    @Test
    @WithMockUser(username = "admin.registry", roles = "REGISTRY_ADMIN")
    void anAdministratorRegistersAnAgency() throws Exception {
        String name = AgreementFixtures.unique("DP3AKB Uji ");

        mvc.perform(post("/api/v1/admin/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(name, "32")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/admin/agencies/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.createdBy").value("admin.registry"))
                .andExpect(jsonPath("$.id").isNumber());

        mvc.perform(post("/api/v1/admin/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(name.toUpperCase(), "32")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGENCY_ALREADY_REGISTERED"));
    }

    /** The contact persons of juknis 4.b: stored in order, kept by an update that omits them, replaced by one that names them. */
    @Test
    @WithMockUser(username = "admin.registry", roles = "REGISTRY_ADMIN")
    void contactPersonsAreRegisteredKeptAndReplaced() throws Exception {
        String name = AgreementFixtures.unique("Dinas Kontak ");
        String one = "{\"name\": \"Kepala Seksi Uji\", \"position\": \"Kepala Seksi\", \"phone\": \"+62 22 1234567\"}";
        String two = "{\"name\": \"Staf Uji\", \"position\": \"Pranata Komputer\", \"phone\": \"0812-0000-0001\"}";
        String body = "{\"name\": \"" + name + "\", \"kind\": \"PROVINCIAL_OFFICE\", \"address\": \"Jalan Uji No. 4\", "
                + "\"regionCode\": \"32\", \"contacts\": [%s]}";
        String withContacts = body.formatted(one + ", " + two);
        String created = mvc.perform(post("/api/v1/admin/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content(withContacts))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contacts[0].name").value("Kepala Seksi Uji"))
                .andExpect(jsonPath("$.contacts[1].phone").value("0812-0000-0001"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":\\s*(\\d+).*", "$1"));

        mvc.perform(put("/api/v1/admin/agencies/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(name, "32")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts.length()").value(2));
        mvc.perform(put("/api/v1/admin/agencies/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(withContacts.replace("+62 22 1234567", "nomor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['contacts[0].phone']").exists());
        mvc.perform(put("/api/v1/admin/agencies/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(one)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts.length()").value(1));
        assertThat(agencies.find(new AgencyId(id)).orElseThrow().contacts())
                .extracting(ContactPerson::position).containsExactly("Kepala Seksi");
    }

    @Test
    @WithMockUser(roles = "REGISTRY_ADMIN")
    void invalidInputIsAProblemInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/admin/agencies").header("Accept-Language", "id")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(AgreementFixtures.unique("Dinas "), "32-04")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_REGION_CODE"))
                .andExpect(jsonPath("$.title").value("Kode wilayah 32-04 tidak sesuai format Kemendagri"))
                .andExpect(jsonPath("$.messages.en").value("Region code 32-04 does not follow the Kemendagri format"))
                .andExpect(jsonPath("$.errors.regionCode.id").value("format tidak sesuai"));

        mvc.perform(post("/api/v1/admin/agencies").header("Accept-Language", "id")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(AgreementFixtures.unique("Dinas "), "32.99")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UNKNOWN_REGION_CODE"))
                .andExpect(jsonPath("$.messages.en").value("Region code 32.99 is not in the current Kemendagri region list"));

        mvc.perform(post("/api/v1/admin/agencies").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"BUMN\", \"address\": \"x\", \"regionCode\": \"31\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.title").value("The request is not valid"))
                .andExpect(jsonPath("$.errors.name.en").exists());

        mvc.perform(post("/api/v1/admin/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NOT_A_KIND\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    @WithMockUser(username = "admin.registry", roles = "REGISTRY_ADMIN")
    void statusChangesNeedAReasonAndAreKeptInTheHistory() throws Exception {
        AgencyView agency = fixtures.agency();
        String path = "/api/v1/admin/agencies/" + agency.id().value();

        mvc.perform(post(path + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"SUSPENDED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(post(path + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"SUSPENDED\", \"reason\": \"Laporan semester terlambat\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.statusReason").value("Laporan semester terlambat"));
        mvc.perform(post(path + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"REVOKED\", \"reason\": \"Tidak ada perbaikan\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(path + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"ACTIVE\", \"reason\": \"Coba lagi\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGENCY_ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.messages.id").value("Status lembaga tidak dapat diubah dari REVOKED menjadi ACTIVE"));

        mvc.perform(get(path + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].actor").value("admin.registry"))
                .andExpect(jsonPath("$[2].to").value("REVOKED"));
    }

    @Test
    @WithMockUser(roles = "REGISTRY_ADMIN")
    void anAgencyIsUpdatedAndListed() throws Exception {
        AgencyView agency = fixtures.agency();
        String renamed = AgreementFixtures.unique("Dinas Berganti Nomenklatur ");

        mvc.perform(put("/api/v1/admin/agencies/" + agency.id().value()).contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(renamed, "32.73")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.regionCode").value("32.73"));
        mvc.perform(get("/api/v1/admin/agencies").param("status", "ACTIVE").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/v1/admin/agencies/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AGENCY_NOT_FOUND"));
    }

    @Test
    @WithMockUser(roles = "REGISTRY_AUDITOR")
    void anAuditorReadsButCannotChange() throws Exception {
        AgencyView agency = fixtures.agency();

        mvc.perform(get("/api/v1/admin/agencies/" + agency.id().value())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(AgreementFixtures.unique("Dinas "), "32")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void anAgencyAdministratorReadsOnlyItsOwnAgency() throws Exception {
        AgencyView own = fixtures.agency();
        AgencyView other = fixtures.agency();
        var asOwnAdmin = authentication(AgencyPrincipal.agencyAdmin(own.id()));

        mvc.perform(get("/api/v1/admin/agencies/" + own.id().value()).with(asOwnAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(own.name()));
        mvc.perform(get("/api/v1/admin/agencies/" + own.id().value() + "/agreements").with(asOwnAdmin))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/agencies/" + other.id().value()).with(asOwnAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/agencies").with(asOwnAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/agencies/" + own.id().value()).with(asOwnAdmin)
                        .contentType(MediaType.APPLICATION_JSON).content(agencyJson("x", "32")))
                .andExpect(status().isForbidden());
        assertThat(agencies.find(own.id()).orElseThrow().name()).isEqualTo(own.name());
    }

    @Test
    @WithMockUser(roles = "REGISTRY_ADMIN")
    void theElementCatalogueListsEveryElement() throws Exception {
        mvc.perform(get("/api/v1/admin/elements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.elements.length()").value(36))
                .andExpect(jsonPath("$.elements[?(@.name == 'PNYDNG_CCT')].protectedElement").value(hasItem(true)))
                .andExpect(jsonPath("$.groups[0].name").value("FULL_ADDRESS"));
    }
}
