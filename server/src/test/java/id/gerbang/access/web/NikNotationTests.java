package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A NIK is 16 digits, a JSON integer or a string of digits with blanks around it; a float notation
 * is refused everywhere with 15 / NIK_FORMAT_INVALID, never looked up (a float holds 53 bits: a
 * rounded NIK is another person's) and never verified as "Tidak Sesuai" (issue 13 point 7).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class NikNotationTests {

    static final String RATNA = "3204104501900003";
    /** As JSON values: strings in float notation and a JSON number in float notation. */
    static final List<String> FLOATS = List.of("\"3.204104501900003e15\"", "\"3.204104501900003E+15\"",
            "\"3204104501900003.0\"", "3.204104501900003e15", "3204104501900003.0", "3.204104501900003E+15");

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    SurfaceClient client;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
        client = new SurfaceClient(port);
    }

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    static String body(Arrangement a, String nik, String more) {
        return "{\"nik\":" + nik + ",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"" + more + "}";
    }

    @Test
    void digitsAsStringOrIntegerWithBlanksAreStillANik() throws Exception {
        Arrangement a = arrangements.arrange();
        for (String nik : List.of("\"" + RATNA + "\"", RATNA, "\"  " + RATNA + " \"")) {
            HttpResponse<String> r = client.post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK", body(a, nik, ""));
            assertThat(r.body()).as(nik).contains("\"NIK\":" + RATNA);
        }
    }

    @Test
    void floatNotationsAreRefusedOnEveryCompatibleLookup() throws Exception {
        Arrangement a = arrangements.arrangeWithFamily();
        for (String nik : FLOATS) {
            for (String path : List.of("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK",
                    "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK_GET_KK", "/CALL_NIK")) {
                HttpResponse<String> r = client.post(path, body(a, nik, ""));
                assertThat(SurfaceClient.code(r)).as(path + " " + nik + ": " + r.body()).isEqualTo("15");
            }
        }
    }

    @Test
    void floatNotationsAreRefusedInTheQueryString() throws Exception {
        Arrangement a = arrangements.arrange();
        for (String nik : List.of("3.204104501900003e15", "3.204104501900003E+15", "3204104501900003.0")) {
            String query = "?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password()) + "&NIK=" + enc(nik);
            HttpResponse<String> r = client.send("POST", "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK" + query,
                    null, "");
            assertThat(SurfaceClient.code(r)).as(nik + ": " + r.body()).isEqualTo("15");
        }
    }

    @Test
    void floatNotationsAreRefusedOnVerificationNotAnsweredTidakSesuai() throws Exception {
        Arrangement a = arrangements.arrange();
        for (String nik : FLOATS) {
            HttpResponse<String> r = client.post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_VERIFY_BY_ELEMEN",
                    body(a, nik, ",\"NAMA_LGKP\":\"RATNA KUSUMA WIJAYANTI\""));
            assertThat(SurfaceClient.code(r)).as(nik + ": " + r.body()).isEqualTo("15");
            assertThat(r.body()).doesNotContain("Sesuai");
        }
    }

    @Test
    void floatNotationsAreRefusedOnTheV1Api() throws Exception {
        Arrangement a = arrangements.arrangeWithFamily();
        String token = client.token(a.userId(), a.password());
        for (String nik : FLOATS) {
            HttpResponse<String> lookup = client.post("/api/v1/persons/lookup", "{\"nik\":" + nik + "}",
                    "Authorization", "Bearer " + token);
            assertThat(lookup.statusCode()).as(nik + ": " + lookup.body()).isEqualTo(422);
            assertThat(lookup.body()).contains("NIK_FORMAT_INVALID");
            HttpResponse<String> family = client.post("/api/v1/families/lookup", "{\"nik\":" + nik + "}",
                    "Authorization", "Bearer " + token);
            assertThat(family.body()).as(nik).contains("NIK_FORMAT_INVALID");
            HttpResponse<String> verify = client.post("/api/v1/persons/verify",
                    "{\"nik\":" + nik + ",\"elements\":{\"NAMA_LGKP\":\"RATNA KUSUMA WIJAYANTI\"}}",
                    "Authorization", "Bearer " + token);
            assertThat(verify.statusCode()).as(nik + ": " + verify.body()).isEqualTo(422);
            assertThat(verify.body()).contains("NIK_FORMAT_INVALID");
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
