package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * In the real server the compatible surface's {@code POST} calls are answered by
 * {@link CompatibleValve} in Tomcat's engine pipeline and never reach the servlet filter chain;
 * other methods on its paths, and every other path, still do (a request listener, which Tomcat
 * tells of every request it passes on to the application, records what reaches it).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccessArrangements.class, CompatibleValveTests.Spy.class})
class CompatibleValveTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration(proxyBeanMethods = false)
    static class Spy {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        /** Told of every request that Tomcat's host valve passes to the application. */
        @Bean
        ServletListenerRegistrationBean<ServletRequestListener> spyListener() {
            return new ServletListenerRegistrationBean<>(new ServletRequestListener() {
                @Override
                public void requestInitialized(ServletRequestEvent event) {
                    HttpServletRequest request = (HttpServletRequest) event.getServletRequest();
                    SEEN.add(request.getMethod() + " " + request.getRequestURI());
                }
            });
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
        Spy.SEEN.clear();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCompatiblePostIsAnsweredBeforeTheFilterChain() throws Exception {
        Arrangement a = arrangements.arrange();
        String path = "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK";
        HttpResponse<String> r = send("POST", path, CompatibleSurfaceTests.credentials(a, CompatibleSurfaceTests.RATNA));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"NIK\"").contains(CompatibleSurfaceTests.RATNA);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
        // a wrong password is answered there too
        HttpResponse<String> refused = send("POST", path, CompatibleSurfaceTests.credentials(a, CompatibleSurfaceTests.RATNA)
                .replace(a.password(), a.password() + "x"));
        assertThat(refused.body()).contains("\"RESPONSE_CODE\":\"03\"");
        assertThat(Spy.SEEN).isEmpty();
    }

    @Test
    void otherMethodsAndOtherPathsGoOnToTheFilterChain() throws Exception {
        Arrangement a = arrangements.arrange();
        String path = "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK";
        HttpResponse<String> get = send("GET", path, null);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        HttpResponse<String> token = send("POST", "/api/v1/token",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(Spy.SEEN).contains("GET " + path, "POST /api/v1/token");
    }
}
