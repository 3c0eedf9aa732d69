package id.gerbang.reference.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@WithMockUser(roles = "AGENCY_SERVICE")
class CodeListApiControllerTests {

    static final String BASE = "/api/v1/reference/codes";

    @Autowired
    MockMvc mvc;

    @Test
    void listsCodesAndLabels() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(15)))
                .andExpect(jsonPath("$[0].slug").value("sex"))
                .andExpect(jsonPath("$[0].size").value(2));
        mvc.perform(get(BASE + "/occupation")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(89)));
        mvc.perform(get(BASE + "/MARITAL_STATUS/2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.list").value("marital-status"))
                .andExpect(jsonPath("$.label").value("KAWIN"));
        mvc.perform(get(BASE + "/marital-status").param("label", "Kawin Tercatat")).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(2));
        mvc.perform(get(BASE + "/occupation").param("label", "Aparatur Sipil Negara (ASN)"))
                .andExpect(jsonPath("$.code").value(5))
                .andExpect(jsonPath("$.label").value("PEGAWAI NEGERI SIPIL"));
    }

    @Test
    void unknownListsCodesAndLabels() throws Exception {
        mvc.perform(get(BASE + "/pekerjaan")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CODE_LIST_UNKNOWN"));
        mvc.perform(get(BASE + "/religion/9")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.messages.en").value("Code 9 is not in list religion"));
        mvc.perform(get(BASE + "/religion").param("label", "JEDI")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CODE_LABEL_UNKNOWN"));
        mvc.perform(get(BASE + "/religion/x")).andExpect(status().isBadRequest());
    }
}
