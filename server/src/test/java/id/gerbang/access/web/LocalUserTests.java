package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.access.Golden;
import id.gerbang.agreement.CompatibilitySettings.Operation;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.audit.NikAccessHistory;
import id.gerbang.audit.NikHistory;
import id.gerbang.audit.Viewer;
import id.gerbang.registry.RecordStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who looked a NIK up, really (issue 13 point 15): a call through a shared service account may name
 * the agency's local end user and the purpose, on both surfaces; both go into the access-log entry
 * and the NIK's access history; an agreement may require them.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class LocalUserTests {

    static final String RATNA = "3204104501900003";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ServiceTerms REQUIRED = new ServiceTerms(EnumSet.allOf(Operation.class), true);

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NikAccessHistory histories;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
    }

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> compatible(Arrangement a, String method, String extra) throws Exception {
        String body = "{\"nik\":\"" + RATNA + "\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password()
                + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
        return send("POST", "/dukcapil/get_json/" + a.agencyCode() + "/" + method, "application/json", body);
    }

    String token(Arrangement a) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    HttpResponse<String> v1(String token, String path, String body) throws Exception {
        return send("POST", path, "application/json", body, "Authorization", "Bearer " + token);
    }

    Map<String, Object> logged(HttpResponse<String> r) {
        String requestId = r.headers().firstValue("X-Request-Id").orElseThrow();
        return jdbc.sql("select outcome, operation, purpose, local_user from audit_access_log where request_id = ?")
                .param(requestId).query().singleRow();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theCompatibleSurfaceTakesTheLocalUserAndPurposeInEverySpellingAndLogsThem() throws Exception {
        Arrangement a = arrangements.arrange();
        String[][] spellings = {
                {"user_lokal", "keperluan"}, {"USER_LOKAL", "KEPERLUAN"}, {"User_Lokal", "Keperluan"},
                {"userlokal", "purpose"}, {"operator", "PURPOSE"}, {"OPERATOR", "keperluan"}};
        for (String[] keys : spellings) {
            String user = "petugas " + keys[0];
            HttpResponse<String> r = compatible(a, "CALL_NIK",
                    "\"" + keys[0] + "\":\"  " + user + " \",\"" + keys[1] + "\":\"kasus " + keys[1] + "\"");
            Golden.assertMatches("lookup-found-pks", r.body().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> entry = logged(r);
            assertThat(entry.get("local_user")).as(keys[0]).isEqualTo(user);
            assertThat(entry.get("purpose")).as(keys[1]).isEqualTo("kasus " + keys[1]);
        }
        // in the query string, as the other keys may be
        HttpResponse<String> query = send("POST", "/CALL_NIK?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password())
                + "&NIK=" + RATNA + "&User_Lokal=" + enc("Siti Aminah") + "&keperluan=" + enc("Kasus 2026/117"), null, null);
        Golden.assertMatches("lookup-found-pks", query.body().getBytes(StandardCharsets.UTF_8));
        assertThat(logged(query)).containsEntry("local_user", "Siti Aminah").containsEntry("purpose", "Kasus 2026/117");
        // verification and family lookups too
        Arrangement family = arrangements.arrangeWithFamily();
        assertThat(logged(compatible(family, "CALL_VERIFY_BY_ELEMEN", "\"NAMA_LGKP\":\"RATNA\",\"operator\":\"Budi\"")))
                .containsEntry("operation", "VERIFICATION").containsEntry("local_user", "Budi");
        assertThat(logged(compatible(family, "CALL_NIK_GET_KK", "\"operator\":\"Budi\",\"keperluan\":\"k\"")))
                .containsEntry("operation", "FAMILY_LOOKUP").containsEntry("local_user", "Budi");
        // a call without them logs none
        assertThat(logged(compatible(a, "CALL_NIK", "")).get("local_user")).isNull();
    }

    @Test
    void theNikHistoryShowsOnWhoseBehalfEachCallWasMade() throws Exception {
        Arrangement a = arrangements.arrange();
        int before = histories.history(Long.parseLong(RATNA), Viewer.registryAdministrator("admin")).accesses().size();
        compatible(a, "CALL_NIK", "\"user_lokal\":\"Siti Aminah\",\"keperluan\":\"Kasus 2026/117\"");
        v1(token(a), "/api/v1/persons/lookup", "{\"nik\":\"" + RATNA + "\",\"localUser\":\"Andi\",\"purpose\":\"P-9\"}");
        NikHistory history = histories.history(Long.parseLong(RATNA), Viewer.registryAdministrator("admin"));
        assertThat(history.accesses()).hasSize(before + 2);
        NikHistory.Access compatible = history.accesses().get(history.accesses().size() - 2);
        NikHistory.Access v1 = history.accesses().getLast();
        assertThat(compatible.localUser()).isEqualTo("Siti Aminah");
        assertThat(compatible.purpose()).isEqualTo("Kasus 2026/117");
        assertThat(v1.localUser()).isEqualTo("Andi");
        assertThat(v1.purpose()).isEqualTo("P-9");
    }

    @Test
    void v1TakesLocalUserAndPurposeOnLookupVerificationAndFamily() throws Exception {
        String token = token(arrangements.arrangeWithFamily());
        assertThat(logged(v1(token, "/api/v1/persons/lookup",
                "{\"nik\":\"" + RATNA + "\",\"localUser\":\"Andi\",\"purpose\":\"P-1\"}")))
                .containsEntry("outcome", "FOUND").containsEntry("local_user", "Andi").containsEntry("purpose", "P-1");
        assertThat(logged(v1(token, "/api/v1/persons/verify",
                "{\"nik\":\"" + RATNA + "\",\"elements\":{\"NAMA_LGKP\":\"RATNA\"},\"localUser\":\"Andi\",\"purpose\":\"P-2\"}")))
                .containsEntry("outcome", "VERIFIED").containsEntry("local_user", "Andi");
        assertThat(logged(v1(token, "/api/v1/families/lookup",
                "{\"nik\":\"" + RATNA + "\",\"localUser\":\"Andi\",\"purpose\":\"P-3\"}")))
                .containsEntry("operation", "FAMILY_LOOKUP").containsEntry("local_user", "Andi");
        assertThat(logged(send("GET", "/api/v1/families/3204101201150007", null, null, "Authorization", "Bearer " + token,
                "X-Local-User", "Andi", "X-Purpose", "P-4")))
                .containsEntry("operation", "FAMILY_LOOKUP").containsEntry("local_user", "Andi").containsEntry("purpose", "P-4");
    }

    @Test
    void anAgreementThatRequiresThemRefusesCompatibleCallsWithoutThem() throws Exception {
        Arrangement a = arrangements.arrange(REQUIRED);
        HttpResponse<String> none = compatible(a, "CALL_NIK", "");
        Golden.assertMatches("lookup-error-local-user-required", none.body().getBytes(StandardCharsets.UTF_8));
        assertThat(none.body()).doesNotContain("RATNA");
        assertThat(logged(none)).containsEntry("outcome", "LOCAL_USER_REQUIRED");
        Golden.assertMatches("lookup-error-local-user-required",
                compatible(a, "CALL_NIK", "\"user_lokal\":\"Siti\"").body().getBytes(StandardCharsets.UTF_8));
        Golden.assertMatches("lookup-error-local-user-required",
                compatible(a, "CALL_NIK", "\"keperluan\":\"Kasus 1\",\"operator\":\"  \"").body().getBytes(StandardCharsets.UTF_8));
        Golden.assertMatches("verification-error-local-user-required",
                compatible(a, "CALL_VERIFY_BY_ELEMEN", "\"NAMA_LGKP\":\"RATNA\"").body().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> with = compatible(a, "CALL_NIK", "\"operator\":\"Siti\",\"purpose\":\"Kasus 1\"");
        Golden.assertMatches("lookup-found-pks", with.body().getBytes(StandardCharsets.UTF_8));
        assertThat(logged(with)).containsEntry("outcome", "FOUND").containsEntry("local_user", "Siti");
    }

    @Test
    void anAgreementThatRequiresThemRefusesV1CallsWithoutThem() throws Exception {
        String token = token(arrangements.arrange(REQUIRED));
        HttpResponse<String> none = v1(token, "/api/v1/persons/lookup", "{\"nik\":\"" + RATNA + "\",\"purpose\":\"P-1\"}");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("\"code\":\"LOCAL_USER_REQUIRED\"").contains("\"responseCode\":\"21\"")
                .doesNotContain("RATNA");
        assertThat(logged(none)).containsEntry("outcome", "LOCAL_USER_REQUIRED");
        HttpResponse<String> with = v1(token, "/api/v1/persons/lookup",
                "{\"nik\":\"" + RATNA + "\",\"purpose\":\"P-1\",\"localUser\":\"Andi\"}");
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
    }

    @Test
    void anOverLongLocalUserIsRefusedNotCut() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> r = compatible(a, "CALL_NIK", "\"user_lokal\":\"" + "x".repeat(129) + "\"");
        Golden.assertMatches("lookup-error-invalid-parameters", r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(logged(r)).containsEntry("outcome", "INVALID_PARAMETERS");
        HttpResponse<String> v1 = v1(token(a), "/api/v1/persons/lookup",
                "{\"nik\":\"" + RATNA + "\",\"localUser\":\"" + "x".repeat(129) + "\"}");
        assertThat(v1.statusCode()).isEqualTo(422);
        assertThat(v1.body()).contains("\"code\":\"INVALID_PARAMETERS\"");
        HttpResponse<String> longest = compatible(a, "CALL_NIK", "\"user_lokal\":\"" + "x".repeat(128) + "\"");
        Golden.assertMatches("lookup-found-pks", longest.body().getBytes(StandardCharsets.UTF_8));
        assertThat(logged(longest)).containsEntry("local_user", "x".repeat(128));
    }
}
