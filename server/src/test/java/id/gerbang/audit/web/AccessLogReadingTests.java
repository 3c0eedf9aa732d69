package id.gerbang.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the access log through the administrator API, as each kind of reader. */
@IntegrationTest
@AutoConfigureMockMvc
class AccessLogReadingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    long agency;
    long nik;

    /** A fresh agency number and a synthetic NIK (region 32.73.01, a date that no one is born on). */
    @BeforeEach
    void writeEntries() {
        agency = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        nik = 3273019999000000L + ThreadLocalRandom.current().nextInt(1_000_000);
        record(AccessOutcome.FOUND, "2026-05-04T01:00:00Z", "case A/1", "Siti Aminah");
        record(AccessOutcome.NOT_FOUND, "2026-05-04T02:00:00Z", "case A/2", null);
        record(AccessOutcome.FOUND, "2026-05-05T18:30:00Z", "=HYPERLINK(\"x\")", null);
    }

    void record(AccessOutcome outcome, String time, String purpose, String localUser) {
        accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP, outcome)
                .time(Instant.parse(time)).agencyId(agency).agreementId(agency * 10).userId("user-" + agency)
                .sourceIp("127.0.0.5").nik(nik).purpose(purpose).localUser(localUser)
                .elements(outcome == AccessOutcome.FOUND ? List.of("NIK", "NAMA_LGKP") : List.of()).build());
    }

    JsonNode search(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void searchesByAgencyNewestFirstWithKeysetPages() throws Exception {
        JsonNode first = search("{\"agencyId\":" + agency + ",\"limit\":2}");
        assertThat(first.get("entries")).hasSize(2);
        assertThat(first.get("entries").get(0).get("purpose").asString()).isEqualTo("=HYPERLINK(\"x\")");
        long next = first.get("nextBefore").asLong();
        JsonNode second = search("{\"agencyId\":" + agency + ",\"limit\":2,\"before\":" + next + "}");
        assertThat(second.get("entries")).hasSize(1);
        assertThat(second.get("entries").get(0).get("purpose").asString()).isEqualTo("case A/1");
        assertThat(second.get("entries").get(0).get("localUser").asString()).isEqualTo("Siti Aminah");
        assertThat(first.get("entries").get(0).get("localUser").isNull()).isTrue();
        assertThat(second.get("nextBefore").isNull()).isTrue();
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void filtersByNikOutcomeAndJakartaDates() throws Exception {
        JsonNode found = search("{\"nik\":\"" + nik + "\",\"outcome\":\"FOUND\"}");
        assertThat(found.get("entries")).hasSize(2);
        assertThat(found.get("entries").get(0).get("wireCode").asString()).isEqualTo("01");
        assertThat(found.get("entries").get(0).get("elements").toString()).isEqualTo("[\"NIK\",\"NAMA_LGKP\"]");
        // 2026-05-05T18:30Z is already 2026-05-06 in Jakarta
        JsonNode sixth = search("{\"agencyId\":" + agency + ",\"from\":\"2026-05-06\",\"to\":\"2026-05-06\"}");
        assertThat(sixth.get("entries")).hasSize(1);
        JsonNode fourth = search("{\"agencyId\":" + agency + ",\"from\":\"2026-05-04\",\"to\":\"2026-05-05\"}");
        assertThat(fourth.get("entries")).hasSize(2);
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void refusesAMalformedNikAndAReversedRange() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nik\":\"32730A\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("AUDIT_INVALID_NIK"));
        mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-05-06\",\"to\":\"2026-05-01\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("AUDIT_INVALID_RANGE"));
    }

    @Test
    @WithMockUser(username = "agencyadmin", roles = "AGENCY_ADMIN")
    void anAgencyAdministratorWithoutAKnownAgencyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AUDIT_AGENCY_UNKNOWN"));
    }

    @Test
    @WithMockUser(username = "operator", roles = "AGENCY_OPERATOR")
    void anOperatorCannotReadTheLog() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/access-log/search").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "admin1", roles = "REGISTRY_ADMIN")
    void aSafetyFlagHidesRequestingDetailsFromAuditorsButNotFromAdministrators() throws Exception {
        mvc.perform(post("/api/v1/admin/audit/safety-flags").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"" + nik + "\",\"reason\":\"perlindungan korban\"}")).andExpect(status().isNoContent());
        JsonNode asAdmin = search("{\"nik\":\"" + nik + "\"}");
        assertThat(asAdmin.get("entries").get(0).get("agencyId").asLong()).isEqualTo(agency);
        assertThat(asAdmin.get("entries").get(0).get("redacted").asBoolean()).isFalse();

        JsonNode asAuditor = json.readTree(mvc.perform(post("/api/v1/admin/audit/access-log/search")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("auditor2").roles("REGISTRY_AUDITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"" + nik + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode hidden = asAuditor.get("entries").get(0);
        assertThat(hidden.get("redacted").asBoolean()).isTrue();
        assertThat(hidden.get("agencyId").isNull()).isTrue();
        assertThat(hidden.get("userId").isNull()).isTrue();
        assertThat(hidden.get("sourceIp").isNull()).isTrue();
        assertThat(hidden.get("purpose").isNull()).isTrue();
        JsonNode hiddenWithUser = asAuditor.get("entries").get(2);
        assertThat(hiddenWithUser.get("localUser").isNull()).as("the local end user is a requesting detail").isTrue();
        assertThat(asAdmin.get("entries").get(2).get("localUser").asString()).isEqualTo("Siti Aminah");
        assertThat(hidden.get("nik").asString()).isEqualTo(Long.toString(nik));

        assertThat(jdbc.sql("select action from audit_admin_log where subject_type = 'nik' and subject_id = ? order by seq")
                .param(Long.toString(nik)).query(String.class).list()).containsExactly("audit.safety-flag.set");
        assertThat(jdbc.sql("select count(*) from audit_admin_log where subject_id = ? and reason is not null")
                .param(Long.toString(nik)).query(Long.class).single()).as("the reason stays out of the log").isZero();

        mvc.perform(post("/api/v1/admin/audit/safety-flags/clear").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"" + nik + "\"}")).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/admin/audit/safety-flags/clear").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"" + nik + "\"}")).andExpect(status().isNotFound());
    }

    /** Exports stream their body, which MockMvc completes in an async dispatch. */
    byte[] export(String format) throws Exception {
        var started = mvc.perform(post("/api/v1/admin/audit/access-log/export").param("format", format)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agencyId\":" + agency + "}"))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void exportsCsvWithFormulaTextDefused() throws Exception {
        String csv = new String(export("csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).startsWith("\uFEFFseq,time_wib,request_id");
        assertThat(lines.getFirst()).contains(",purpose,local_user,outcome,");
        assertThat(lines.get(3)).contains("case A/1,Siti Aminah,FOUND");
        assertThat(lines.get(1)).contains("2026-05-06 01:30:00.000000").contains("'=HYPERLINK").contains(Long.toString(nik));
        assertThat(jdbc.sql("select count(*) from audit_admin_log where action = 'audit.access-log.exported' and actor = 'auditor1'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void exportsXlsx() throws Exception {
        byte[] xlsx = export("xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("nik");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo(Long.toString(nik));
            assertThat(sheet.getRow(3).getCell(12).getStringCellValue()).isEqualTo("case A/1");
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("local_user");
            assertThat(sheet.getRow(3).getCell(13).getStringCellValue()).isEqualTo("Siti Aminah");
        }
    }

    @Test
    @WithMockUser(username = "auditor1", roles = "REGISTRY_AUDITOR")
    void countsUsagePerAgencyUserDayAndOutcome() throws Exception {
        String body = mvc.perform(get("/api/v1/admin/audit/usage").param("from", "2026-05-01").param("to", "2026-05-31")
                .param("agencyId", Long.toString(agency))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode usage = json.readTree(body);
        assertThat(usage).hasSize(3);
        assertThat(usage.get(0).get("day").asString()).isEqualTo("2026-05-04");
        assertThat(usage.get(0).get("outcome").asString()).isEqualTo("FOUND");
        assertThat(usage.get(0).get("count").asLong()).isEqualTo(1);
        assertThat(usage.get(2).get("day").asString()).isEqualTo("2026-05-06");
    }

    @Test
    @WithMockUser(username = "admin1", roles = "REGISTRY_ADMIN")
    void issuesTheAccessHistoryOfANikAsJsonAndPdf() throws Exception {
        JsonNode history = json.readTree(mvc.perform(post("/api/v1/admin/audit/nik-history")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"" + nik + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history.get("accesses")).hasSize(3);
        assertThat(history.get("accesses").get(0).get("purpose").asString()).isEqualTo("case A/1");
        assertThat(history.get("accesses").get(0).get("localUser").asString()).isEqualTo("Siti Aminah");
        assertThat(history.get("accesses").get(1).get("localUser").isNull()).isTrue();
        assertThat(history.get("generatedBy").asString()).isEqualTo("admin1");

        byte[] pdf = mvc.perform(post("/api/v1/admin/audit/nik-history/pdf").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nik\":\"" + nik + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Riwayat Akses Data Kependudukan").contains(Long.toString(nik))
                .contains("case A/1").contains("Siti Aminah").contains("Pengguna lokal").contains("2026-05-04 08:00:00").contains("#" + agency);
        assertThat(jdbc.sql("select count(*) from audit_admin_log where action = 'audit.nik-history.issued' and subject_id = ?")
                .param(Long.toString(nik)).query(Long.class).single()).isEqualTo(2);
    }
}
