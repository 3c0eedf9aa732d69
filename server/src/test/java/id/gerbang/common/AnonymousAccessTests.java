package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Deny by default, proven: every endpoint the application maps is called without credentials and
 * must answer 401. Endpoints that are public by design are listed, with the reason, in
 * {@link #PUBLIC}; a new endpoint is covered without anyone remembering to add a test.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessTests {

    /** Path prefixes that are public by design. */
    static final Set<String> PUBLIC = Set.of(
            "/error",                // Spring's error page; renders nothing sensitive
            // The Dukcapil-compatible surface: its clients send user and password inside every
            // request (body or query string), so the filter chain lets them through and the access
            // module checks them; an anonymous call gets the protocol's error envelope (HTTP 200,
            // code 09) and nothing else, proven below.
            "/dukcapil/get_json/",
            "/CALL_NIK");

    /** The web portal's package: its pages answer anonymous visitors with the sign-in page (PortalSweepTests). */
    static final String PORTAL = "id.gerbang.portal";

    /** The compatible surface's answer to a call without credentials: code 09, exactly two keys. */
    static final String CREDENTIALS_MISSING = "{\"content\":[{\"RESPON\":\"User, password dan IP tidak boleh kosong\","
            + "\"RESPONSE_CODE\":\"09\"}],\"lastPage\":true,\"numberOfElements\":1,\"sort\":null,\"totalElements\":1,"
            + "\"firstPage\":true,\"number\":0,\"size\":1}";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointRejectsAnonymousCallers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType().getPackageName().startsWith(PORTAL)) {
                continue; // web pages send anonymous visitors to sign in: PortalSweepTests
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (PUBLIC.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .method(method.name(), HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json")
                            .build();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    checked++;
                    if (status != 401) {
                        open.add(method + " " + path + " -> " + status);
                    }
                }
            }
        }
        assertThat(open).as("endpoints answering anonymous callers").isEmpty();
        assertThat(checked).as("endpoints checked").isPositive();
    }

    @Test
    void theCompatibleSurfaceAnswersAnonymousCallersWithTheCredentialsMissingEnvelopeOnly() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        int checked = 0;
        // every shape the compatible endpoint (the first servlet filter, ADR 0053) answers
        for (String path : List.of("/dukcapil/get_json/CALL_NIK/CALL_NIK", "/dukcapil/get_json/CALL_NIK/CALL_NIK/",
                "/dukcapil/get_json/3204/CALL_NIK/CALL_NIK", "/dukcapil/get_json/3204/CALL_NIK/CALL_NIK/", "/CALL_NIK")) {
            for (String body : new String[] {"{}", "", "{\"nik\":\"3204104501900003\"}"}) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).isEqualTo(CREDENTIALS_MISSING);
                checked++;
            }
            // a user without a password, or a made-up user, is no better
            HttpResponse<String> guessed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user_id\":\"tamu\",\"password\":\"tamu\",\"nik\":\"3204104501900003\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(guessed.body()).as(path).contains("\"RESPONSE_CODE\":\"03\"").doesNotContain("NAMA_LGKP");
            // another method is refused, not served
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("GET " + path).isEqualTo(405);
        }
        // other shapes below the prefix reach the (open) filter chain and find nothing
        for (String path : List.of("/dukcapil/get_json/", "/dukcapil/get_json/a/b/c/d")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("RESPONSE_CODE");
        }
        // no compatible path is left to Spring MVC, where this test would not see it
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            assertThat(info.getPatternValues()).noneMatch(p -> p.startsWith("/dukcapil/") || p.equals("/CALL_NIK"));
        }
        assertThat(checked).as("compatible endpoints checked").isEqualTo(15);
    }

    @Test
    void healthIsPublicButOtherManagementEndpointsAreNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(get(client, "/actuator/health")).isEqualTo(200);
        assertThat(get(client, "/actuator/metrics")).isEqualTo(401);
        assertThat(get(client, "/actuator/prometheus")).isIn(401, 404);
        assertThat(get(client, "/actuator/env")).isIn(401, 404);
    }

    private int get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
