package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.access.Golden;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.Element;
import id.gerbang.registry.RecordStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * The compatible surface end to end, over real HTTP, on the embedded database and on PostgreSQL:
 * every outcome's whole body against its golden file, and requests shaped the way the protocol
 * document says real clients send them. Each test arranges its own agency, agreement and account.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class CompatibleSurfaceTests {

    static final String RATNA = "3204104501900003";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
    }

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> callNik(Arrangement a, String method, String body) throws Exception {
        return post("/dukcapil/get_json/" + a.agencyCode() + "/" + method, "application/json", body);
    }

    static String credentials(Arrangement a, String nik) {
        return "{\"nik\":\"" + nik + "\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password()
                + "\",\"ip_user\":\"10.20.30.40\"}";
    }

    static void assertGolden(HttpResponse<String> response, String golden) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        Golden.assertMatches(golden, response.body().getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> logged(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        return jdbc.sql("select outcome, channel, operation, user_id, nik, nik_raw, claimed_ip, source_ip, elements "
                        + "from audit_access_log where request_id = ?")
                .param(requestId).query().singleRow();
    }

    @Test
    void found() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> r = callNik(a, "CALL_NIK", credentials(a, RATNA));
        assertGolden(r, "lookup-found-pks");
        assertThat(r.body()).as("SIAK's regency name, not the ministry's").contains("\"KAB_NAME\":\"BANDUNG\"");
        Map<String, Object> entry = logged(r);
        assertThat(entry.get("outcome")).isEqualTo("FOUND");
        assertThat(entry.get("channel")).isEqualTo("WEB_SERVICE_COMPATIBLE");
        assertThat(entry.get("claimed_ip")).isEqualTo("10.20.30.40");
        assertThat(entry.get("source_ip")).isEqualTo("127.0.0.1");
        assertThat(((Number) entry.get("nik")).longValue()).isEqualTo(Long.parseLong(RATNA));
        assertThat((String) entry.get("elements")).contains("NAMA_LGKP").doesNotContain("RATNA");
    }

    @Test
    void aBodyLargerThanAllowedIsAnswered07UnreadWhateverItsFraming() throws Exception {
        Arrangement a = arrangements.arrange();
        String padded = credentials(a, RATNA).replace("}", ",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        // with a Content-Length (refused before reading) ...
        HttpResponse<String> declared = callNik(a, "CALL_NIK", padded);
        assertThat(declared.body()).contains("\"RESPONSE_CODE\":\"07\"").doesNotContain("NAMA_LGKP");
        assertThat(logged(declared).get("outcome")).isEqualTo("INVALID_PARAMETERS");
        // ... and chunked, without one (read up to the limit)
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dukcapil/get_json/"
                        + a.agencyCode() + "/CALL_NIK"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.body()).contains("\"RESPONSE_CODE\":\"07\"").doesNotContain("NAMA_LGKP");
        // a body just inside the limit, chunked, is read whole and answered
        HttpRequest small = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dukcapil/get_json/"
                        + a.agencyCode() + "/CALL_NIK"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(credentials(a, RATNA).getBytes(StandardCharsets.UTF_8))))
                .build();
        assertGolden(HTTP.send(small, HttpResponse.BodyHandlers.ofString()), "lookup-found-pks");
    }

    @Test
    void everyMethodAliasAndCase() throws Exception {
        Arrangement a = arrangements.arrange();
        for (String method : List.of("call_nik", "NIK", "nik", "BYNIK", "GET_NIK", "Call_Nik")) {
            assertGolden(callNik(a, method, credentials(a, RATNA)), "lookup-found-pks");
        }
    }

    @Test
    void theRegionalShapeAndTheBarePath() throws Exception {
        // the regional path is unique among agreements: a fresh user segment per run (PostgreSQL keeps its rows)
        String user = "dinkes_" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        Arrangement a = arrangements.arrange(AccessArrangements.PKS,
                s -> new id.gerbang.agreement.CompatibilitySettings(s.agencyCode(), "32-04", user,
                        false, s.fieldProfile(), Map.of()), 1000, EnumSet.of(Channel.WEB_SERVICE),
                List.of("127.0.0.1"));
        assertGolden(post("/dukcapil/get_json/32-04/" + user.toUpperCase(java.util.Locale.ROOT) + "/call_nik",
                "application/json", credentials(a, RATNA)), "lookup-found-pks");
        assertGolden(post("/CALL_NIK", "application/json", credentials(a, RATNA)), "lookup-found-pks");
        assertGolden(post("/dukcapil/get_json/32-04/lain/call_nik", "application/json", credentials(a, RATNA)),
                "lookup-error-login-failed");
    }

    @Test
    void aCallerOfAnotherAgencysUrlIsRefusedAsAFailedLogin() throws Exception {
        Arrangement a = arrangements.arrange();
        assertGolden(post("/dukcapil/get_json/BPS/CALL_NIK", "application/json", credentials(a, RATNA)),
                "lookup-error-login-failed");
    }

    @Test
    void namedProfilesAndNumbersAsStrings() throws Exception {
        Arrangement all = arrangements.arrange(EnumSet.allOf(Element.class),
                s -> new id.gerbang.agreement.CompatibilitySettings(s.agencyCode(), null, null, true, "standard", Map.of()),
                1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"));
        HttpResponse<String> standard = callNik(all, "CALL_NIK", credentials(all, RATNA));
        assertGolden(standard, "e2e-lookup-found-all-strings");
        assertThat(standard.body()).contains("\"NIK\":\"" + RATNA + "\"");
        HttpResponse<String> admDesa = callNik(all, "adm_desa", credentials(all, RATNA));
        assertGolden(admDesa, "e2e-lookup-found-adm-desa-strings");
    }

    @Test
    void theAgreementChoosesTheKeyOrderProfile() throws Exception {
        Arrangement central = arrangements.arrange();
        assertThat(callNik(central, "CALL_NIK", credentials(central, RATNA)).body())
                .as("the default profile: the central service's order")
                .startsWith("{\"content\":[{\"NO_KK\":3204101201150007,\"NIK\":3204104501900003,\"NAMA_LGKP\":");
        Arrangement other = arrangements.arrange(EnumSet.allOf(Element.class),
                s -> new id.gerbang.agreement.CompatibilitySettings(s.agencyCode(), null, null, false, "alternate", Map.of()),
                1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"));
        HttpResponse<String> r = callNik(other, "CALL_NIK", credentials(other, RATNA));
        assertGolden(r, "e2e-lookup-found-alternate");
    }

    @Test
    void aProfilesOwnFormats() throws Exception {
        Arrangement a = arrangements.arrange(EnumSet.allOf(Element.class),
                s -> new id.gerbang.agreement.CompatibilitySettings(s.agencyCode(), null, null, false, "uji_titik", Map.of()),
                1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"));
        assertThat(callNik(a, "CALL_NIK", credentials(a, RATNA)).body()).startsWith(
                "{\"content\":[{\"NIK\":3204104501900003,\"NAMA_LGKP\":\"RATNA KUSUMA WIJAYANTI\","
                        + "\"JENIS_KLMIN\":\"PEREMPUAN\",\"TGL_LHR\":\"05.01.1990\"}]");
        // the same agreement's alias to another profile answers in that profile's (default) formats
        assertThat(callNik(a, "dinkes", credentials(a, RATNA)).body())
                .contains("\"JENIS_KLMIN\":\"Perempuan\",\"TMPT_LHR\":\"BANDUNG\",\"TGL_LHR\":\"1990-01-05\"");
    }

    @Test
    void theAgreementsOwnMethodAliases() throws Exception {
        Arrangement a = arrangements.arrange(EnumSet.allOf(Element.class),
                s -> new id.gerbang.agreement.CompatibilitySettings(s.agencyCode(), null, null, false, "standard", Map.of(
                        "cek_penduduk", new id.gerbang.agreement.CompatibilitySettings.AliasMethod(
                                id.gerbang.agreement.CompatibilitySettings.Operation.VERIFY_BY_ELEMENTS, null),
                        "data_puskesmas", new id.gerbang.agreement.CompatibilitySettings.AliasMethod(
                                id.gerbang.agreement.CompatibilitySettings.Operation.NIK_LOOKUP, "dinkes"))),
                1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"));
        HttpResponse<String> lookup = callNik(a, "DATA_PUSKESMAS", credentials(a, RATNA));
        assertGolden(lookup, "lookup-found-dinkes");
        assertThat(lookup.body()).startsWith("{\"content\":[{\"NIK\":");
        HttpResponse<String> verify = callNik(a, "cek_penduduk", "{\"NIK\":\"" + RATNA + "\",\"NAMA_LGKP_IBU\":\"SUMARNI\","
                + "\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(verify.body()).contains("\"NAMA_LGKP_IBU\":\"Tidak Sesuai (58)\"");
        // another agreement does not know these names
        Arrangement other = arrangements.arrange();
        assertGolden(callNik(other, "cek_penduduk", credentials(other, RATNA)), "lookup-error-invalid-parameters");
    }

    @Test
    void family() throws Exception {
        Arrangement a = arrangements.arrangeWithFamily();
        assertGolden(callNik(a, "CALL_NIK_GET_KK", credentials(a, RATNA)), "family-found");
        assertGolden(callNik(a, "call_nik_get_kk",
                "{\"NO_KK\":\"3204101201150007\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}"),
                "family-found");
    }

    @Test
    void familyNeedsTheNoKkElement() throws Exception {
        Set<Element> noKk = EnumSet.copyOf(AccessArrangements.PKS);
        noKk.remove(Element.NO_KK);
        Arrangement a = arrangements.arrange(noKk, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1"),
                AccessArrangements.WITH_FAMILY);
        assertGolden(callNik(a, "CALL_NIK_GET_KK", credentials(a, RATNA)), "lookup-error-element-not-granted");
    }

    @Test
    void eachOperationIsAGrantOfItsOwnAndFamilyLookupIsOffByDefault() throws Exception {
        Arrangement seedLike = arrangements.arrange(); // the seed's terms: no family lookup
        HttpResponse<String> family = callNik(seedLike, "CALL_NIK_GET_KK", credentials(seedLike, RATNA));
        assertGolden(family, "lookup-error-operation-not-granted");
        assertThat(family.body()).doesNotContain("RATNA").doesNotContain("HENDRA").doesNotContain("NADIA");
        Map<String, Object> entry = logged(family);
        assertThat(entry.get("outcome")).isEqualTo("OPERATION_NOT_GRANTED");
        assertThat(entry.get("operation")).isEqualTo("FAMILY_LOOKUP");
        assertGolden(callNik(seedLike, "CALL_NIK", credentials(seedLike, RATNA)), "lookup-found-pks");

        Arrangement lookupOnly = arrangements.arrange(new ServiceTerms(
                EnumSet.of(id.gerbang.agreement.CompatibilitySettings.Operation.NIK_LOOKUP), false));
        String verify = "{\"NIK\":\"" + RATNA + "\",\"NAMA_LGKP\":\"RATNA\",\"user_id\":\"" + lookupOnly.userId()
                + "\",\"password\":\"" + lookupOnly.password() + "\"}";
        assertGolden(callNik(lookupOnly, "CALL_VERIFY_BY_ELEMEN", verify), "verification-error-operation-not-granted");
        assertGolden(callNik(lookupOnly, "CALL_NIK_GET_KK", credentials(lookupOnly, RATNA)), "lookup-error-operation-not-granted");
        assertGolden(callNik(lookupOnly, "CALL_NIK", credentials(lookupOnly, RATNA)), "lookup-found-pks");

        Arrangement verifyOnly = arrangements.arrange(new ServiceTerms(
                EnumSet.of(id.gerbang.agreement.CompatibilitySettings.Operation.VERIFY_BY_ELEMENTS), false));
        assertGolden(callNik(verifyOnly, "CALL_NIK", credentials(verifyOnly, RATNA)), "lookup-error-operation-not-granted");
        assertGolden(callNik(verifyOnly, "adm_desa", credentials(verifyOnly, RATNA)), "lookup-error-operation-not-granted");
    }

    @Test
    void verification() throws Exception {
        Arrangement a = arrangements.arrange();
        String body = """
                {"NIK":"3204104501900003","NAMA_LGKP":"Ratna Kusuma W.","TGL_LHR":"05-01-1990","JENIS_KLMIN":"PEREMPUAN",
                 "TMPT_LHR":"KAB. BANDUNG","NAMA_LGKP_IBU":"SUMARNI WIDYASTUTI","ALAMAT":"JALAN MAWAR NO 17",
                 "KAB_NAME":"BANDUNG","NO_KEC":"10","user_id":"%s","password":"%s","ip_user":"10.0.0.1","TRESHOLD":"80"}"""
                .formatted(a.userId(), a.password());
        HttpResponse<String> r = callNik(a, "CALL_VERIFY_BY_ELEMEN", body);
        // NAMA_LGKP_IBU is not granted by the seed agreement: not compared and not answered
        assertGolden(r, "e2e-verification");
        assertThat(r.body()).doesNotContain("NAMA_LGKP_IBU");
        assertThat(logged(r).get("outcome")).isEqualTo("VERIFIED");
        assertGolden(callNik(a, "nik_verifby_elemen", body.replace("\"TRESHOLD\":\"80\"", "\"threshold\":99")),
                "e2e-verification-threshold-99");
    }

    @Test
    void verificationErrorsHaveThreeKeys() throws Exception {
        Arrangement a = arrangements.arrange();
        String body = "{\"NIK\":\"3204104501990009\",\"NAMA_LGKP\":\"X\",\"user_id\":\"" + a.userId()
                + "\",\"password\":\"" + a.password() + "\"}";
        assertGolden(callNik(a, "koneksitas_verifby_elemen", body), "verification-error-not-found");
        assertGolden(callNik(a, "CALL_VERIFY_BY_ELEMEN", body.replace("\"password\":\"" + a.password(), "\"password\":\"salah")),
                "verification-error-login-failed");
        assertGolden(callNik(a, "CALL_VERIFY_BY_ELEMEN", body.replace("\"NAMA_LGKP\":\"X\",", "\"TRESHOLD\":\"tinggi\",\"NAMA_LGKP\":\"X\",")),
                "verification-error-invalid-parameters");
    }

    @Test
    void anElementTheAgreementDoesNotGrantIsAnsweredLikeAnUnknownKey() throws Exception {
        Arrangement a = arrangements.arrange();
        String base = "{\"NIK\":\"" + RATNA + "\",%s\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}";
        HttpResponse<String> notGranted = callNik(a, "CALL_VERIFY_BY_ELEMEN", base.formatted("\"AGAMA\":\"KRISTEN\","));
        HttpResponse<String> unknown = callNik(a, "CALL_VERIFY_BY_ELEMEN", base.formatted("\"WARNA_MATA\":\"COKLAT\","));
        assertGolden(notGranted, "e2e-verification-nik-only");
        assertThat(notGranted.body()).isEqualTo(unknown.body());
    }

    @Test
    void recordStatuses() throws Exception {
        Arrangement a = arrangements.arrange();
        arrangements.ratnaStatus(RecordStatus.DECEASED);
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-error-deceased");
        arrangements.ratnaStatus(RecordStatus.DUPLICATE_BLOCKED);
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-error-duplicate-blocked");
        arrangements.ratnaStatus(RecordStatus.INACTIVE);
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-error-record-inactive");
        arrangements.ratnaStatus(RecordStatus.MOVED_ABROAD);
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-error-record-inactive");
    }

    @Test
    void notFoundAndMalformedNik() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> notFound = callNik(a, "CALL_NIK", credentials(a, "3204104501999999"));
        assertGolden(notFound, "lookup-error-not-found");
        HttpResponse<String> malformed = callNik(a, "CALL_NIK", credentials(a, "3204103201900003"));
        assertGolden(malformed, "lookup-error-nik-format-invalid");
        assertThat(logged(malformed).get("nik_raw")).isNull();
        assertGolden(callNik(a, "CALL_NIK", credentials(a, "12345")), "lookup-error-nik-format-invalid");
        assertGolden(callNik(a, "CALL_NIK", "{\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}"),
                "lookup-error-invalid-parameters");
        assertGolden(callNik(a, "CALL_NAMA", credentials(a, RATNA)), "lookup-error-invalid-parameters");
    }

    @Test
    void notFoundConsumesQuotaButRefusalsDoNot() throws Exception {
        Arrangement a = arrangements.arrange(AccessArrangements.PKS, s -> s, 2, EnumSet.of(Channel.WEB_SERVICE),
                List.of("127.0.0.1"));
        assertGolden(callNik(a, "CALL_NIK", credentials(a, "3204103201900003")), "lookup-error-nik-format-invalid");
        assertGolden(callNik(a, "CALL_NIK", credentials(a, "3204104501999999")), "lookup-error-not-found");
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-found-pks");
        HttpResponse<String> exhausted = callNik(a, "CALL_NIK", credentials(a, RATNA));
        assertGolden(exhausted, "lookup-error-quota-exhausted-agreement");
        assertThat(logged(exhausted).get("outcome")).isEqualTo("QUOTA_EXHAUSTED");
    }

    @Test
    void credentialsMissingAndLoginFailed() throws Exception {
        Arrangement a = arrangements.arrange();
        assertGolden(callNik(a, "CALL_NIK", "{\"nik\":\"" + RATNA + "\"}"), "lookup-error-credentials-missing");
        assertGolden(callNik(a, "CALL_NIK", ""), "lookup-error-credentials-missing");
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA).replace(a.password(), "bukan-sandinya")),
                "lookup-error-login-failed");
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA).replace(a.userId(), "tidak.ada")),
                "lookup-error-login-failed");
    }

    @Test
    void aLockedAccountAnswersLikeAFailedLoginButIsLoggedAsLocked() throws Exception {
        Arrangement a = arrangements.arrange();
        for (int i = 0; i < 5; i++) {
            callNik(a, "CALL_NIK", credentials(a, RATNA).replace(a.password(), "salah-" + i));
        }
        HttpResponse<String> r = callNik(a, "CALL_NIK", credentials(a, RATNA));
        assertGolden(r, "lookup-error-account-locked");
        assertThat(r.body()).isEqualTo(Golden.read("lookup-error-login-failed.json"));
        assertThat(logged(r).get("outcome")).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void unregisteredSourceAddress() throws Exception {
        Arrangement a = arrangements.arrange(AccessArrangements.PKS, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE),
                List.of("10.9.9.9"));
        // the claimed ip_user is only logged: claiming a registered address does not help
        HttpResponse<String> r = callNik(a, "CALL_NIK", credentials(a, RATNA).replace("10.20.30.40", "10.9.9.9"));
        assertGolden(r, "lookup-error-ip-not-registered");
        assertThat(logged(r).get("outcome")).isEqualTo("IP_NOT_REGISTERED");
    }

    @Test
    void channelNotAllowed() throws Exception {
        Arrangement a = arrangements.arrange(AccessArrangements.PKS, s -> s, 1000, EnumSet.of(Channel.WEB_PORTAL),
                List.of("127.0.0.1"));
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA)), "lookup-error-channel-not-allowed");
    }

    // ---- requests shaped like real clients ---------------------------------------------------

    @Test
    void queryStringCredentialsWithAnEmptyBody() throws Exception {
        Arrangement a = arrangements.arrange();
        String query = "?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password()) + "&NIK=" + RATNA;
        assertGolden(post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK" + query, null, ""), "lookup-found-pks");
    }

    @Test
    void aMalformedContentTypeHeader() throws Exception {
        Arrangement a = arrangements.arrange();
        assertGolden(post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", "application/json,Accept: application/json",
                credentials(a, RATNA)), "lookup-found-pks");
        assertGolden(post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", "text/plain", credentials(a, RATNA)),
                "lookup-found-pks");
        assertGolden(post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", "application/x-www-form-urlencoded",
                credentials(a, RATNA)), "lookup-found-pks");
    }

    @Test
    void basicAuthorizationAndCookieHeadersAreIgnored() throws Exception {
        Arrangement a = arrangements.arrange();
        String basic = java.util.Base64.getEncoder().encodeToString((a.userId() + ":" + a.password()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", "application/json",
                credentials(a, RATNA), "Authorization", "Basic " + basic, "Cookie", "JSESSIONID=ABC123; ci_session=xyz");
        assertGolden(r, "lookup-found-pks");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        // a wrong Basic header changes nothing either
        assertGolden(post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", "application/json",
                credentials(a, RATNA), "Authorization", "Basic Zm9vOmJhcg=="), "lookup-found-pks");
    }

    @Test
    void nikAsANumberAndThresholdAsAString() throws Exception {
        Arrangement a = arrangements.arrange();
        assertGolden(callNik(a, "CALL_NIK", "{\"NIK\":" + RATNA + ",\"USER_ID\":\"" + a.userId() + "\",\"PASSWORD\":\""
                + a.password() + "\",\"IP_USER\":\"192.168.1.5\"}"), "lookup-found-pks");
        HttpResponse<String> v = callNik(a, "CALL_VERIFY_BY_ELEMEN", "{\"NIK\":" + RATNA + ",\"NAMA_LGKP\":\"RATNA KUSUMA WIJAYANTI\","
                + "\"TRESHOLD\":\"90\",\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(v.body()).contains("\"NAMA_LGKP\":\"Sesuai (100)\"");
    }

    @Test
    void anOversizedBodyIsRefusedUnread() throws Exception {
        Arrangement a = arrangements.arrange();
        String padding = "x".repeat(70_000);
        assertGolden(callNik(a, "CALL_NIK", credentials(a, RATNA).replace("}", ",\"pad\":\"" + padding + "\"}")),
                "lookup-error-invalid-parameters");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
