package id.gerbang.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.JakartaTime;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.Submitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's side of data balikan on both databases: per NIK beside the register (victim
 * information for registry administrators only), reconciliation and compliance, and the roles.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(FeedbackArrangements.class)
class FeedbackAdminApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackArrangements fixtures;

    @Autowired
    FeedbackRecords feedback;

    @Autowired
    Clock clock;

    /** Agency with NADIA looked up 40 days ago and answered, RATNA 40 days ago unanswered, HENDRA yesterday. */
    Arrangement arranged() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Instant old = clock.instant().minus(Duration.ofDays(40));
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, old);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, old);
        fixtures.lookedUp(a, FeedbackArrangements.HENDRA, clock.instant().minus(Duration.ofDays(1)));
        var results = feedback.submit(new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE),
                List.of(FeedbackSubmission.victim(FeedbackArrangements.NADIA, "K-1",
                        FeedbackArrangements.victim(LocalDate.of(2026, 3, 1)))));
        assertThat(results.getFirst().stored()).isTrue();
        return a;
    }

    JsonNode reconcile(Arrangement a) throws Exception {
        LocalDate today = JakartaTime.today(clock);
        String body = mvc.perform(get("/api/v1/admin/feedback/reconciliation")
                        .param("agencyId", Long.toString(a.agency().value()))
                        .param("from", today.minusDays(60).toString()).param("to", today.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    @WithMockUser(username = "admin.uji", roles = "REGISTRY_ADMIN")
    void reconciliationListsTheDueUnansweredNiksAndTheRatePerMonth() throws Exception {
        Arrangement a = arranged();

        JsonNode r = reconcile(a);

        assertThat(r.get("days").asInt()).isEqualTo(30);
        JsonNode missing = r.get("missing");
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).get("nik").asString()).isEqualTo(FeedbackArrangements.RATNA);
        int due = 0;
        int answered = 0;
        for (JsonNode m : r.get("months")) {
            assertThat(m.get("agencyId").asLong()).isEqualTo(a.agency().value());
            due += m.get("due").asInt();
            answered += m.get("answered").asInt();
        }
        assertThat(due).isEqualTo(2); // HENDRA's lookup is not due yet
        assertThat(answered).isEqualTo(1);
        String oldMonth = java.time.YearMonth.from(JakartaTime.dateOf(clock.instant().minus(Duration.ofDays(40)))).toString();
        JsonNode month = null;
        for (JsonNode m : r.get("months")) {
            if (m.get("month").asString().equals(oldMonth)) {
                month = m;
            }
        }
        assertThat(month).isNotNull();
        assertThat(month.get("rate").asDouble()).isEqualTo(0.5);
    }

    @Test
    @WithMockUser(username = "admin.uji", roles = "REGISTRY_ADMIN")
    void anAdministratorSeesTheRecordsBesideTheRegisterWithVictimInformation() throws Exception {
        arranged();
        String body = mvc.perform(post("/api/v1/admin/feedback/by-nik").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nik\":\"" + FeedbackArrangements.NADIA + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode r = JSON.readTree(body);
        assertThat(r.get("person").get("dateOfBirth").asString()).isEqualTo("2015-08-12");
        JsonNode last = r.get("records").get(r.get("records").size() - 1);
        assertThat(last.get("victimHidden").asBoolean()).isFalse();
        assertThat(last.get("victim").get("incidentDate").asString()).isEqualTo("2026-03-01");
    }

    @Test
    @WithMockUser(username = "auditor.uji", roles = "REGISTRY_AUDITOR")
    void anAuditorSeesThatVictimInformationExistsNotWhatItSays() throws Exception {
        arranged();
        String body = mvc.perform(post("/api/v1/admin/feedback/by-nik").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nik\":\"" + FeedbackArrangements.NADIA + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode last = JSON.readTree(body).get("records");
        assertThat(last.get(last.size() - 1).get("victimHidden").asBoolean()).isTrue();
        assertThat(body).doesNotContain("2026-03-01");
    }

    @Test
    @WithMockUser(username = "operator.uji", roles = "AGENCY_OPERATOR")
    void agencyStaffMayNotUseTheRegistrysSide() throws Exception {
        mvc.perform(get("/api/v1/admin/feedback/reconciliation")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/feedback/by-nik").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"" + FeedbackArrangements.NADIA + "\"}")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "admin.uji", roles = "REGISTRY_ADMIN")
    void aBadNikOrPeriodIsRefused() throws Exception {
        mvc.perform(post("/api/v1/admin/feedback/by-nik").contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"12\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/admin/feedback/reconciliation").param("from", "2026-05-01").param("to", "2026-04-01"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    @WithMockUser(username = "admin.uji", roles = "REGISTRY_ADMIN")
    void theExportComesInThreeFormatsWithFormulaCellsAsText() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        String code = fixtures.programme();
        var results = feedback.submit(new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE),
                List.of(FeedbackSubmission.programme(FeedbackArrangements.RATNA, "P-1",
                        new id.gerbang.feedback.ProgrammeDetails(code, LocalDate.of(2026, 3, 1), "=HYPERLINK(\"http://x\")", 5L))));
        assertThat(results.getFirst().stored()).as(results.toString()).isTrue();
        String today = JakartaTime.today(clock).toString();

        var csv = mvc.perform(get("/api/v1/admin/feedback/export").param("from", today).param("to", today).param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrecord_id,version,").contains("'=HYPERLINK").contains(results.getFirst().recordId());

        byte[] xlsx = mvc.perform(get("/api/v1/admin/feedback/export").param("from", today).param("to", today).param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            int column = id.gerbang.feedback.internal.FeedbackExport.COLUMNS.indexOf("aid_form");
            boolean found = false;
            for (var row : sheet) {
                var cell = row.getCell(column);
                if (cell != null && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                    found = true;
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(found).isTrue();
        }

        String json = mvc.perform(get("/api/v1/admin/feedback/export").param("from", today).param("to", today).param("format", "json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("schema").asString()).isEqualTo("gerbang.feedback.export/1");
        assertThat(root.get("records").toString()).contains(results.getFirst().recordId());

        mvc.perform(get("/api/v1/admin/feedback/export").param("from", today).param("to", today).param("format", "pdf"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    @WithMockUser(username = "auditor.uji", roles = "REGISTRY_AUDITOR")
    void onlyAdministratorsExport() throws Exception {
        mvc.perform(get("/api/v1/admin/feedback/export").param("from", "2026-01-01").param("to", "2026-01-02"))
                .andExpect(status().isForbidden());
    }
}
