package id.gerbang.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.internal.CurrentAgency;
import id.gerbang.audit.internal.Checkpoint;
import id.gerbang.audit.internal.Keys;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protection endpoints: the exported public key verifies an exported checkpoint file; verify
 * reports on the chain; and an agency administrator, whose agency {@link CurrentAgency} names, sees
 * only that agency.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditAdminApiTests {

    static final long OWN_AGENCY = 31_337L;

    @TestConfiguration
    static class AgencyOfTheAgencyAdministrator {
        @Bean
        @org.springframework.context.annotation.Primary
        CurrentAgency agencyOfTheTestAdministrator() {
            return authentication -> "agencyadmin".equals(authentication.getName()) ? Optional.of(OWN_AGENCY)
                    : Optional.empty();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessLog accessLog;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @WithMockUser(username = "admin1", roles = "REGISTRY_ADMIN")
    @SuppressWarnings("unchecked")
    void anExportedCheckpointVerifiesWithTheExportedPublicKey() throws Exception {
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP,
                AccessOutcome.NOT_FOUND).agencyId(5L).build());
        String written = mvc.perform(post("/api/v1/admin/audit/checkpoints")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(written).get(0).get("id").asLong();

        String pem = mvc.perform(get("/api/v1/admin/audit/public-key")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String file = mvc.perform(get("/api/v1/admin/audit/checkpoints/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        PublicKey key = Keys.parsePublic(pem, "exported");
        Checkpoint checkpoint = Checkpoint.fromJson(json.readValue(file, Map.class));
        assertThat(checkpoint.keyId()).isEqualTo(Keys.keyId(key));
        assertThat(checkpoint.signatureValid(key)).isTrue();
        Checkpoint moved = new Checkpoint(checkpoint.id(), checkpoint.log(), checkpoint.lastSeq() - 1,
                checkpoint.headHash(), checkpoint.createdAt(), checkpoint.reason(), checkpoint.keyId(),
                checkpoint.signature());
        assertThat(moved.signatureValid(key)).isFalse();

        mvc.perform(get("/api/v1/admin/audit/checkpoints/999999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AUDIT_CHECKPOINT_NOT_FOUND"));
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void verifiesTheAdministrativeLogOnRequest() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/verify").param("log", "admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.log").value("admin"))
                .andExpect(jsonPath("$.source").value("database"));
        mvc.perform(post("/api/v1/admin/audit/verify").param("log", "other"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("AUDIT_UNKNOWN_LOG"));
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void anAuditorCannotRunTheArchiveOrWriteCheckpoints() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/archive")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/audit/checkpoints")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/audit/safety-flags")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "agencyadmin", roles = "AGENCY_ADMIN")
    void anAgencyAdministratorSeesOnlyTheirAgency() throws Exception {
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP,
                AccessOutcome.FOUND).agencyId(OWN_AGENCY).userId("own").build());
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP,
                AccessOutcome.FOUND).agencyId(OWN_AGENCY + 1).userId("other").build());
        // another agency's filter is refused, not answered with the reader's own rows (issue 13 point 6)
        mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":" + (OWN_AGENCY + 1) + ",\"limit\":1000}"))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"limit\":1000}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var entries = json.readTree(body).get("entries");
        assertThat(entries.size()).isPositive();
        entries.forEach(e -> assertThat(e.get("agencyId").asLong()).isEqualTo(OWN_AGENCY));
        mvc.perform(post("/api/v1/admin/audit/nik-history").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"3273019999000001\"}")).andExpect(status().isForbidden());
    }
}
