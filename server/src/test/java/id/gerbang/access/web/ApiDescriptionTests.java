package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.gerbang.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application serves the v1 API's OpenAPI description (group {@code data-v1}); the test checks
 * it and keeps the copy in {@code docs/api/access-v1.json} current, as the module docs are kept.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiDescriptionTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "REGISTRY_ADMIN")
    void theV1ApiIsDescribedAndExported() throws Exception {
        String body = mvc.perform(get("/v3/api-docs/" + V1OpenApiConfiguration.GROUP)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        JsonNode doc = json.readTree(body);
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/token", "/api/v1/persons/lookup",
                "/api/v1/persons/verify", "/api/v1/families/{noKk}", "/api/v1/families/lookup");
        assertThat(doc.get("paths").propertyNames()).noneMatch(p -> p.startsWith("/api/v1/admin"));
        assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(body).contains("LookupRequest", "Problem", "responseCode");
        // the NIK never travels in a URL
        assertThat(doc.get("paths").propertyNames()).noneMatch(p -> p.toLowerCase().contains("nik"));
        Path docs = Path.of(System.getProperty("gerbang.docs.dir", "target/spring-modulith-docs")).resolveSibling("api");
        Files.createDirectories(docs);
        ((tools.jackson.databind.node.ObjectNode) doc).remove("servers"); // the random test port
        Files.writeString(docs.resolve("access-v1.json"), json.writeValueAsString(doc) + "\n");
    }
}
