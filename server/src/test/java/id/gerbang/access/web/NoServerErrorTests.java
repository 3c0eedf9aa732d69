package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inputs that ended in 500 (issue 13 point 8) answer a 4xx problem detail, and each data call is in
 * the access log. The audit search's NUL is the PostgreSQL case (run with GERBANG_TEST_PG_URL);
 * the role-based cases are in {@code NoServerErrorRoleTests}.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class NoServerErrorTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

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

    void assertAnsweredAndLogged(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isLessThan(500);
        assertThat(SurfaceClient.logged(jdbc, r)).as(what + " logged").isNotNull();
    }

    void assertProblemAndLogged(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type")).as(what).get().asString().contains("problem+json");
        Map<String, Object> entry = SurfaceClient.logged(jdbc, r);
        assertThat(entry).as(what + " logged").isNotNull();
    }

    @Test
    void overflowingNumbersInV1Bodies() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = client.token(a.userId(), a.password());
        for (String n : List.of("1e400", "-1e400", "1e600000000", "-1E+400")) {
            assertProblemAndLogged(client.post("/api/v1/persons/lookup", "{\"nik\":" + n + "}",
                    "Authorization", "Bearer " + token), "lookup nik " + n);
            assertProblemAndLogged(client.post("/api/v1/persons/verify",
                    "{\"nik\":\"3204104501900003\",\"threshold\":" + n + ",\"elements\":{\"NAMA_LGKP\":\"RATNA\"}}",
                    "Authorization", "Bearer " + token), "threshold " + n);
            // an element's value is compared as text: a number is not a name, no match
            assertAnsweredAndLogged(client.post("/api/v1/persons/verify",
                    "{\"nik\":\"3204104501900003\",\"elements\":{\"NAMA_LGKP\":" + n + "}}",
                    "Authorization", "Bearer " + token), "element " + n);
            assertProblemAndLogged(client.post("/api/v1/persons/verify",
                    "{\"nik\":" + n + ",\"elements\":" + n + "}", "Authorization", "Bearer " + token), "elements " + n);
        }
    }

    @Test
    void aWildcardContentTypeOnTheV1Api() throws Exception {
        Arrangement a = arrangements.arrange();
        HttpResponse<String> token = client.send("POST", "/api/v1/token", "*/*",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String bearer = SurfaceClient.JSON.readTree(token.body()).get("access_token").asString();
        for (String path : List.of("/api/v1/persons/lookup", "/api/v1/persons/verify")) {
            HttpResponse<String> r = client.send("POST", path, "*/*", "{\"nik\":\"3204104501900003\"}",
                    "Authorization", "Bearer " + bearer);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isLessThan(500);
            assertThat(SurfaceClient.logged(jdbc, r)).as(path + " logged").isNotNull();
        }
        HttpResponse<String> lookup = client.send("POST", "/api/v1/persons/lookup", "*/*",
                "{\"nik\":\"3204104501900003\"}", "Authorization", "Bearer " + bearer);
        assertThat(lookup.statusCode()).isEqualTo(200);
        HttpResponse<String> refused = client.send("POST", "/api/v1/token", "*/*", "{\"userId\":\"x\",\"password\":\"y\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> garbage = client.send("POST", "/api/v1/token", "no type at all", "{}");
        assertThat(garbage.statusCode()).isBetween(400, 499);
    }

    @Test
    void errorPathAskedForDirectlyIsNotFound() throws Exception {
        HttpResponse<String> r = client.send("GET", "/error", null, null, "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(r.body()).contains("\"status\":404").contains("NOT_FOUND");
        // in the caller's language, Indonesian by default, as any problem detail
        assertThat(client.send("GET", "/error", null, null, "Accept-Language", "en").body()).contains("\"title\":\"Not found\"");
        assertThat(client.send("GET", "/error", null, null).body()).contains("\"title\":\"Data tidak ditemukan\"");
        Arrangement a = arrangements.arrange();
        String token = client.token(a.userId(), a.password());
        assertThat(client.send("GET", "/error", null, null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(404);
        assertThat(client.send("POST", "/error", "application/json", "{}").statusCode()).isLessThan(500);
    }
}
