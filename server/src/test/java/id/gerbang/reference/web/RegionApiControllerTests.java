package id.gerbang.reference.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.gerbang.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@WithMockUser(roles = "AGENCY_OPERATOR")
class RegionApiControllerTests {

    static final String BASE = "/api/v1/reference/regions";

    @Autowired
    MockMvc mvc;

    @Test
    void aRegionByDottedPlainOrNumbers() throws Exception {
        for (String url : new String[] {BASE + "/32.04.10.2001", BASE + "/3204102001",
                BASE + "?prop=32&kab=4&kec=10&kel=2001"}) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("32.04.10.2001"))
                    .andExpect(jsonPath("$.plain").value("3204102001"))
                    .andExpect(jsonPath("$.name").value("Margaasih"))
                    .andExpect(jsonPath("$.level").value("VILLAGE"))
                    .andExpect(jsonPath("$.parent").value("32.04.10"))
                    .andExpect(jsonPath("$.numbers.prop").value(32))
                    .andExpect(jsonPath("$.numbers.kab").value(4))
                    .andExpect(jsonPath("$.numbers.kec").value(10))
                    .andExpect(jsonPath("$.numbers.kel").value(2001));
        }
        mvc.perform(get(BASE + "?prop=32&kab=4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kabupaten Bandung"))
                .andExpect(jsonPath("$.numbers.kec").value(nullValue()));
    }

    @Test
    void childrenAndLevels() throws Exception {
        mvc.perform(get(BASE + "/32/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(27)))
                .andExpect(jsonPath("$[0].code").value("32.01"));
        mvc.perform(get(BASE)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(38)));
        mvc.perform(get(BASE + "?level=province")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(38)));
        mvc.perform(get(BASE + "?level=REGENCY&within=32")).andExpect(jsonPath("$", hasSize(27)));
        mvc.perform(get(BASE + "?level=VILLAGE&within=32.04.10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("VILLAGE"));
    }

    @Test
    void historyOfARetiredCode() throws Exception {
        mvc.perform(get(BASE + "/91.01/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(false))
                .andExpect(jsonPath("$.lastSeen").value(2022))
                .andExpect(jsonPath("$.recodedTo").value("93.01"));
        mvc.perform(get(BASE + "/91.01"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.code").value("REGION_RETIRED"))
                .andExpect(jsonPath("$.messages.en").value("Region code 91.01 is no longer in use (last listed in 2022)"));
    }

    @Test
    void errorsAreBilingualProblemDetails() throws Exception {
        mvc.perform(get(BASE + "/32.4").header("Accept-Language", "id"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://gerbang.id/problems/region-code-part-length"))
                .andExpect(jsonPath("$.code").value("REGION_CODE_PART_LENGTH"))
                .andExpect(jsonPath("$.title").value("Bagian NO_KAB kode wilayah harus 2 digit; diterima 1 digit"))
                .andExpect(jsonPath("$.messages.en").value("Part NO_KAB of the region code must have 2 digits; got 1 digits"));
        mvc.perform(get(BASE + "/32.04.99").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Region code 32.04.99 is unknown"));
        mvc.perform(get(BASE + "?prop=32&kec=10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REGION_NUMBERS_GAP"));
        mvc.perform(get(BASE + "?prop=32&kab=4&kec=10&kel=12000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messages.id").value("NO_KEL bernilai 12000, di luar rentang 1 sampai 9999"));
        mvc.perform(get(BASE + "?prop=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(get(BASE + "?level=VILLAGE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REGION_LIST_TOO_BROAD"));
        mvc.perform(get(BASE + "?level=KAMPUNG")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REGION_LEVEL_UNKNOWN"));
        mvc.perform(get(BASE + "/32.07.18.2002/children")).andExpect(status().isGone());
    }

    @Test
    @WithMockUser(roles = "REGISTRY_AUDITOR")
    void anyRoleMayRead() throws Exception {
        mvc.perform(get(BASE + "/32")).andExpect(status().isOk());
    }
}
