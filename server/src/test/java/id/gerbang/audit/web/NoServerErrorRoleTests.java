package id.gerbang.audit.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.common.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role-based inputs that ended in 500 (issue 13 point 8): a NUL in the access-log search's user
 * id (PostgreSQL refuses it in text; run with GERBANG_TEST_PG_URL), and {@code GET /error} asked for
 * directly, for every role.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NoServerErrorRoleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aNulInTheAccessLogSearchIsAProblemDetail() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/access-log/search").with(user("admin1").roles("REGISTRY_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"a\\u0000b\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.containsString("INVALID_FILTER")));
        mvc.perform(post("/api/v1/admin/audit/access-log/export").with(user("admin1").roles("REGISTRY_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"\\u0000\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void errorAskedForDirectlyIsNotFoundForEveryRole() throws Exception {
        for (Roles role : Roles.values()) {
            mvc.perform(get("/error").with(user("u").roles(role.name())).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/error")).andExpect(status().is4xxClientError());
    }
}
