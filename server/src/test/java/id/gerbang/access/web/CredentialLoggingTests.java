package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No credential reaches any log, and every answered call reaches the access log (issue 13 point 4):
 * a badly encoded query parameter made Tomcat quote the password in its exception message, which
 * the compatible surface logged, and the call was not in the access log.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
@ExtendWith(OutputCaptureExtension.class)
class CredentialLoggingTests {

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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void badlyEncodedParametersLeaveNoCredentialInTheLog(CapturedOutput output) throws Exception {
        Arrangement a = arrangements.arrange();
        String token = client.token(a.userId(), a.password());
        String path = "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK";
        String[] queries = {
                "?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password()) + "%FF&NIK=3204104501900003",
                "?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password()) + "&NIK=3204104501900003&X=%E2%82",
                "?USER_ID=" + enc(a.userId()) + "&PASSWORD=" + enc(a.password()) + "%C3%28&NIK=%FF3204104501900003"};
        for (String query : queries) {
            HttpResponse<String> r = client.send("POST", path + query, null, "");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).startsWith("{\"content\":[{");
            assertThat(SurfaceClient.logged(jdbc, r)).as(query + " in the access log").isNotNull();
        }
        // the same on the v1 token endpoint and a v1 call that used to end in 500
        client.send("POST", "/api/v1/token?password=" + enc(a.password()) + "%FF&userId=" + enc(a.userId()),
                "application/x-www-form-urlencoded", "client_secret=" + enc(a.password()) + "%FF&client_id=" + enc(a.userId()));
        HttpResponse<String> overflow = client.post("/api/v1/persons/lookup?x=" + enc(a.password()) + "%FF",
                "{\"nik\":1e400}", "Authorization", "Bearer " + token);
        assertThat(overflow.statusCode()).isLessThan(500);
        assertThat(SurfaceClient.logged(jdbc, overflow)).isNotNull();
        assertThat(output.getAll()).doesNotContain(a.password()).doesNotContain(token)
                .doesNotContain(enc(a.password()));
    }
}
