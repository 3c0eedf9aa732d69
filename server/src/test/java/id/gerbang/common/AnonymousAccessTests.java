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
            "/error");               // Spring's error page; renders nothing sensitive

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
