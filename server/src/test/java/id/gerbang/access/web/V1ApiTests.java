package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.access.Golden;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.UserId;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.Element;
import id.gerbang.registry.RecordStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v1 API end to end over real HTTP on both databases: tokens, every outcome with its status and
 * problem body (golden, with the request id normalised), headers, the access log.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class V1ApiTests {

    static final String RATNA = "3204104501900003";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    Agreements agreements;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
    }

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) throws Exception {
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

    String token(Arrangement a) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    HttpResponse<String> lookup(String token, String body) throws Exception {
        return send("POST", "/api/v1/persons/lookup", "application/json", body, "Authorization", "Bearer " + token);
    }

    /** The whole body against its golden file, the request id replaced by a placeholder. */
    static void assertGolden(HttpResponse<String> r, int status, String golden) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        String requestId = r.headers().firstValue("X-Request-Id").orElseThrow();
        Golden.assertMatches(golden, r.body().replace(requestId, "REQUEST-ID").getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> logged(HttpResponse<String> r) {
        return jdbc.sql("select outcome, channel, operation, user_id, nik, purpose, elements from audit_access_log where request_id = ?")
                .param(r.headers().firstValue("X-Request-Id").orElseThrow()).query().singleRow();
    }

    // ---- token ------------------------------------------------------------------------------

    @Test
    void tokenFromJsonFormOrBasic() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> json = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(json.body());
        assertThat(body.get("access_token").asString()).startsWith("gbt_").hasSize(47);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1800);
        String form = "grant_type=client_credentials&client_id=" + enc(a.userId()) + "&client_secret=" + enc(a.password());
        assertThat(send("POST", "/api/v1/token", "application/x-www-form-urlencoded", form).statusCode()).isEqualTo(200);
        String basic = Base64.getEncoder().encodeToString((enc(a.userId()) + ":" + enc(a.password())).getBytes(StandardCharsets.UTF_8));
        assertThat(send("POST", "/api/v1/token", "application/x-www-form-urlencoded", "grant_type=client_credentials",
                "Authorization", "Basic " + basic).statusCode()).isEqualTo(200);
        String stored = jdbc.sql("select token_hash from access_token where user_id = ? fetch first 1 rows only")
                .param(a.userId()).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(body.get("access_token").asString());
    }

    @Test
    void tokenRefusals() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> wrong = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"salah\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        Golden.assertMatches("v1-token-login-failed", wrong.body().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> missing = send("POST", "/api/v1/token", "application/json", "{}");
        Golden.assertMatches("v1-token-credentials-missing", missing.body().getBytes(StandardCharsets.UTF_8));
        assertThat(send("POST", "/api/v1/token", "application/x-www-form-urlencoded", "grant_type=password&client_id=x")
                .statusCode()).isEqualTo(422);
        Arrangement elsewhere = arrangements.arrange(AccessArrangements.PKS, s -> s, 100, EnumSet.of(Channel.WEB_SERVICE),
                List.of("10.9.9.9"));
        HttpResponse<String> ip = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + elsewhere.userId() + "\",\"password\":\"" + elsewhere.password() + "\"}");
        assertThat(ip.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(ip.body()).get("code").asString()).isEqualTo("IP_NOT_REGISTERED");
        assertThat(JSON.readTree(ip.body()).get("responseCode").asString()).isEqualTo("04");
    }

    @Test
    void aLockedAccountGetsTheFailedLoginProblem() throws Exception {
        Arrangement a = arrangements.arrange();
        for (int i = 0; i < 5; i++) {
            send("POST", "/api/v1/token", "application/json", "{\"userId\":\"" + a.userId() + "\",\"password\":\"salah-" + i + "\"}");
        }
        HttpResponse<String> locked = send("POST", "/api/v1/token", "application/json",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(Golden.read("v1-token-login-failed.json"));
    }

    @Test
    void problemsSpeakEnglishWhenAsked() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/token", "application/json", "{}", "Accept-Language", "en");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("title").asString()).isEqualTo("User id and password are required");
        assertThat(p.get("messages").get("id").asString()).isEqualTo("User ID dan kata sandi wajib dikirim");
    }

    // ---- lookup -----------------------------------------------------------------------------

    @Test
    void lookupFound() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> r = lookup(token(a), "{\"nik\":\"" + RATNA + "\",\"purpose\":\"Kasus 2026/117\"}");
        assertGolden(r, 200, "v1-lookup-found");
        JsonNode person = JSON.readTree(r.body()).get("person");
        assertThat(person.get("NIK").asString()).isEqualTo(RATNA);
        assertThat(person.has("AGAMA")).isFalse();
        Map<String, Object> entry = logged(r);
        assertThat(entry.get("outcome")).isEqualTo("FOUND");
        assertThat(entry.get("channel")).isEqualTo("WEB_SERVICE_V1");
        assertThat(entry.get("purpose")).isEqualTo("Kasus 2026/117");
        assertThat(JSON.readTree(r.body()).get("requestId").asString()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void lookupWithANumberNik() throws Exception {
        Arrangement a = arrangements.arrange();
        assertGolden(lookup(token(a), "{\"nik\":" + RATNA + "}"), 200, "v1-lookup-found");
    }

    @Test
    void lookupRefusals() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = token(a);
        assertGolden(lookup(token, "{\"nik\":\"3204104501999999\"}"), 404, "v1-not-found");
        assertGolden(lookup(token, "{\"nik\":\"3204103201900003\"}"), 422, "v1-nik-format-invalid");
        assertGolden(lookup(token, "{\"nama\":\"RATNA\"}"), 422, "v1-invalid-parameters");
        assertGolden(lookup(token, "this is not json"), 422, "v1-invalid-parameters");
        arrangements.ratnaStatus(RecordStatus.DECEASED);
        assertGolden(lookup(token, "{\"nik\":\"" + RATNA + "\"}"), 409, "v1-deceased");
        arrangements.ratnaStatus(RecordStatus.DUPLICATE_BLOCKED);
        assertGolden(lookup(token, "{\"nik\":\"" + RATNA + "\"}"), 409, "v1-duplicate-blocked");
        arrangements.ratnaStatus(RecordStatus.MOVED_ABROAD);
        assertGolden(lookup(token, "{\"nik\":\"" + RATNA + "\"}"), 409, "v1-record-inactive");
    }

    @Test
    void withoutAValidTokenTheCallIsRefusedAndLogged() throws Exception {
        HttpResponse<String> none = send("POST", "/api/v1/persons/lookup", "application/json", "{\"nik\":\"" + RATNA + "\"}");
        assertGolden(none, 401, "v1-credentials-missing");
        assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(logged(none).get("outcome")).isEqualTo("CREDENTIALS_MISSING");
        HttpResponse<String> bad = lookup("gbt_" + "A".repeat(43), "{\"nik\":\"" + RATNA + "\"}");
        assertGolden(bad, 401, "v1-login-failed");
        assertThat(logged(bad).get("outcome")).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void quotaUsedUpIs429UntilJakartaMidnight() throws Exception {
        Arrangement a = arrangements.arrange(AccessArrangements.PKS, s -> s, 1, EnumSet.of(Channel.WEB_SERVICE),
                List.of("127.0.0.1"));
        String token = token(a);
        assertThat(lookup(token, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> r = lookup(token, "{\"nik\":\"" + RATNA + "\"}");
        assertGolden(r, 429, "v1-quota-exhausted-agreement");
        long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        Instant midnight = id.gerbang.common.JakartaTime.nextMidnight(Instant.now());
        assertThat(retry).isBetween(Duration.between(Instant.now(), midnight).toSeconds() - 5,
                Duration.between(Instant.now(), midnight).toSeconds() + 5);
    }

    @Test
    void aSuspendedAgreementStopsATokenAlreadyIssued() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = token(a);
        assertThat(lookup(token, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        agreements.suspend(a.agreement(), "uji", "test");
        assertGolden(lookup(token, "{\"nik\":\"" + RATNA + "\"}"), 403, "v1-agreement-inactive");
    }

    @Test
    void aPasswordResetRevokesTheTokens() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = token(a);
        assertThat(lookup(token, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        AccountFixtures.of(context).resetPassword(UserId.of(a.userId()));
        assertThat(lookup(token, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void deactivatingAUserRevokesItsTokensAtOnceAndLeavesOtherUsersTokensAlone() throws Exception {
        Arrangement a = arrangements.arrange();
        Arrangement b = arrangements.arrange();
        String tokenA = token(a);
        String tokenB = token(b);
        assertThat(lookup(tokenA, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        assertThat(lookup(tokenB, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        AccountFixtures.of(context).deactivate(UserId.of(a.userId()));
        assertThat(lookup(tokenA, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(401);
        assertThat(lookup(tokenB, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access_token where user_id = ? and revoked_at is null")
                .param(a.userId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access_token where user_id = ? and revoked_at is null")
                .param(b.userId()).query(Long.class).single()).isOne();
    }

    // ---- verification -----------------------------------------------------------------------

    @Test
    void verification() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = token(a);
        HttpResponse<String> r = send("POST", "/api/v1/persons/verify", "application/json", """
                {"nik":"3204104501900003","threshold":80,"purpose":"Verifikasi penerima program",
                 "elements":{"NAMA_LGKP":"Ratna Kusuma W.","TGL_LHR":"1990-01-05","KAB_NAME":"BANDUNG"}}""",
                "Authorization", "Bearer " + token);
        assertGolden(r, 200, "v1-verification");
        assertThat(logged(r).get("outcome")).isEqualTo("VERIFIED");
        HttpResponse<String> notGranted = send("POST", "/api/v1/persons/verify", "application/json",
                "{\"nik\":\"" + RATNA + "\",\"elements\":{\"NAMA_LGKP_IBU\":\"SUMARNI\"}}", "Authorization", "Bearer " + token);
        assertGolden(notGranted, 403, "v1-element-not-granted-verify");
        HttpResponse<String> unknown = send("POST", "/api/v1/persons/verify", "application/json",
                "{\"nik\":\"" + RATNA + "\",\"elements\":{\"WARNA_MATA\":\"COKLAT\"}}", "Authorization", "Bearer " + token);
        assertThat(unknown.statusCode()).isEqualTo(422);
    }

    // ---- families ---------------------------------------------------------------------------

    @Test
    void families() throws Exception {
        Arrangement a = arrangements.arrangeWithFamily();
        String token = token(a);
        HttpResponse<String> byCard = send("GET", "/api/v1/families/3204101201150007", null, null, "Authorization", "Bearer " + token);
        assertGolden(byCard, 200, "v1-family-found");
        assertThat(JSON.readTree(byCard.body()).get("members")).hasSize(3);
        assertGolden(send("POST", "/api/v1/families/lookup", "application/json", "{\"nik\":\"" + RATNA + "\"}",
                "Authorization", "Bearer " + token), 200, "v1-family-found");
        assertThat(send("GET", "/api/v1/families/1234", null, null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(422);
        Set<Element> noKk = EnumSet.copyOf(AccessArrangements.PKS);
        noKk.remove(Element.NO_KK);
        Arrangement without = arrangements.arrange(noKk, s -> s, 100, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"),
                AccessArrangements.WITH_FAMILY);
        assertGolden(send("GET", "/api/v1/families/3204101201150007", null, null, "Authorization", "Bearer " + token(without)),
                403, "v1-element-not-granted-family");
    }

    @Test
    void familyLookupIsAGrantOfItsOwnOffByDefault() throws Exception {
        String token = token(arrangements.arrange());
        assertGolden(send("GET", "/api/v1/families/3204101201150007", null, null, "Authorization", "Bearer " + token),
                403, "v1-operation-not-granted");
        HttpResponse<String> byNik = send("POST", "/api/v1/families/lookup", "application/json", "{\"nik\":\"" + RATNA + "\"}",
                "Authorization", "Bearer " + token);
        assertThat(byNik.statusCode()).isEqualTo(403);
        assertThat(byNik.body()).contains("\"code\":\"OPERATION_NOT_GRANTED\"").doesNotContain("RATNA");
        String verifyOnly = token(arrangements.arrange(new id.gerbang.agreement.ServiceTerms(
                EnumSet.of(id.gerbang.agreement.CompatibilitySettings.Operation.VERIFY_BY_ELEMENTS), false)));
        assertThat(lookup(verifyOnly, "{\"nik\":\"" + RATNA + "\"}").statusCode()).isEqualTo(403);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
