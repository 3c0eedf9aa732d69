package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Requests beyond Tomcat's limits never reach the application; Tomcat answered them with its HTML
 * page. A compatible client gets its envelope (07), a v1 client a problem detail (issue 13 point 9).
 * Sent over a raw socket: an HTTP client library refuses to send some of these.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class OversizedRequestTests {

    static final String LONG = "x".repeat(20_000);

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

    String raw(String head, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write((head + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.write(bytes);
            try {
                // one write: Tomcat answers and closes as soon as the limit is passed, and a second write
                // would then fail with a broken pipe before the answer is read (a CI run saw it)
                out.write(request.toByteArray());
                out.flush();
            } catch (java.net.SocketException e) {
                // the server closed while the rest was still being sent; its answer is read below
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (java.net.SocketException e) {
                // reset after the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCompatibleRequestLineTooLongGetsTheEnvelope() throws Exception {
        String answer = raw("POST /dukcapil/get_json/AGENCY/CALL_NIK?PAD=" + LONG + " HTTP/1.1\r\n", "{}");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("<html")
                .contains("\"RESPONSE_CODE\":\"07\"");
    }

    @Test
    void compatibleHeadersTooLargeGetTheEnvelope() throws Exception {
        String answer = raw("POST /dukcapil/get_json/AGENCY/CALL_NIK HTTP/1.1\r\nX-Pad: " + LONG + "\r\n", "{}");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("<html")
                .contains("\"RESPONSE_CODE\":\"07\"");
        String bare = raw("POST /CALL_NIK HTTP/1.1\r\nX-Pad: " + LONG + "\r\n", "{}");
        assertThat(bare).doesNotContainIgnoringCase("<html").contains("\"RESPONSE_CODE\":\"07\"");
    }

    @Test
    void aV1RequestBeyondTheLimitsGetsAProblemDetail() throws Exception {
        String answer = raw("POST /api/v1/persons/lookup HTTP/1.1\r\nX-Pad: " + LONG + "\r\n", "{}");
        assertThat(answer).doesNotContainIgnoringCase("<html").contains("application/problem+json")
                .contains("INVALID_PARAMETERS");
    }

    @Test
    void v1BodiesBeyondMaxBodyBytesAreRefusedUnreadAndLogged() throws Exception {
        arrangements.family(RecordStatus.ACTIVE);
        Arrangement a = arrangements.arrangeWithFamily();
        SurfaceClient client = new SurfaceClient(port);
        String token = client.token(a.userId(), a.password());
        String big = "{\"nik\":\"3204104501900003\",\"purpose\":\"" + "p".repeat(100_000) + "\"}";
        for (String path : List.of("/api/v1/persons/lookup", "/api/v1/persons/verify", "/api/v1/families/lookup")) {
            HttpResponse<String> r = client.post(path, big, "Authorization", "Bearer " + token);
            assertThat(r.statusCode()).as(path).isEqualTo(422);
            assertThat(r.body()).contains("INVALID_PARAMETERS");
            assertThat(SurfaceClient.logged(jdbc, r)).as(path + " logged").isNotNull();
        }
        HttpResponse<String> tokenCall = client.post("/api/v1/token",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\",\"x\":\"" + LONG.repeat(5) + "\"}");
        assertThat(tokenCall.statusCode()).isEqualTo(422);
        assertThat(tokenCall.body()).contains("INVALID_PARAMETERS").doesNotContain("access_token");
        // within the bound, as before
        assertThat(client.post("/api/v1/persons/lookup", "{\"nik\":\"3204104501900003\"}", "Authorization", "Bearer " + token)
                .statusCode()).isEqualTo(200);
    }
}
