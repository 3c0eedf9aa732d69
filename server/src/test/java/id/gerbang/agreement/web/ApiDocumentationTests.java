package id.gerbang.agreement.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.agreement.AgreementTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The administration API is described in the OpenAPI document that Swagger UI shows. */
@AgreementTest
class ApiDocumentationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "REGISTRY_ADMIN")
    void theOpenApiDocumentDescribesTheAgreementEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/admin/agreements/{id}/addenda")))
                .andExpect(content().string(containsString("/api/v1/admin/agencies/{id}/status")))
                .andExpect(content().string(containsString("/api/v1/admin/notifications")))
                .andExpect(content().string(containsString("Record an addendum")));
    }
}
