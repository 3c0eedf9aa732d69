package id.gerbang.access.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP to the running server, for the input-handling tests (issue 13 points 3, 4, 7-9, 13). */
final class SurfaceClient {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    SurfaceClient(int port) {
        this.port = port;
    }

    HttpResponse<String> send(String method, String path, @Nullable String contentType, @Nullable String body,
            String... headers) throws Exception {
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

    HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        return send("POST", path, "application/json", body, headers);
    }

    String token(String userId, String password) throws Exception {
        HttpResponse<String> r = post("/api/v1/token", "{\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("token: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    static String code(HttpResponse<String> r) {
        return JSON.readTree(r.body()).findValue("RESPONSE_CODE").asString();
    }

    static @Nullable Map<String, Object> logged(JdbcClient jdbc, HttpResponse<String> r) {
        String requestId = r.headers().firstValue("X-Request-Id").orElse(null);
        if (requestId == null) {
            return null;
        }
        return jdbc.sql("select outcome, channel, operation, user_id from audit_access_log where request_id = ?")
                .param(requestId).query().listOfRows().stream().findFirst().orElse(null);
    }
}
