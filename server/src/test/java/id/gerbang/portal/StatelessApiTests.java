package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The administration API is stateless (issue 13 point 1, ADR 0061): it sets no session cookie, and
 * no cookie (one an API call might have set, or the portal's own session) authenticates a call, so
 * a deactivated administrator's old cookie and a cross-site request riding on a cookie get nothing.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, PortalFixtures.class})
class StatelessApiTests {


    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anApiCallSetsNoSessionCookie() throws Exception {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        HttpResponse<String> users = send("GET", "/api/v1/admin/users", basic(admin), null, null);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.headers().allValues("Set-Cookie")).as("no session from the API").isEmpty();
        HttpResponse<String> checkpoint = send("POST", "/api/v1/admin/audit/checkpoints", basic(admin), null, null);
        assertThat(checkpoint.statusCode()).isEqualTo(200);
        assertThat(checkpoint.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aPortalSessionCookieCannotCallTheApi() throws Exception {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        PortalHttp portal = new PortalHttp(port);
        portal.signIn(admin.user(), admin.password());
        String cookie = portal.cookieHeader();
        assertThat(cookie).contains("JSESSIONID");
        assertThat(portal.get("/portal").statusCode()).as("the portal session works").isEqualTo(200);

        assertThat(send("GET", "/api/v1/admin/users", null, cookie, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/admin/audit/checkpoints", null, cookie, "https://evil.example").statusCode())
                .as("a cross-site bodyless POST riding on the portal's cookie").isEqualTo(401);
        assertThat(send("POST", "/api/v1/admin/users", null, cookie, null,
                "{\"userId\":\"evil.admin\",\"role\":\"REGISTRY_ADMIN\",\"fullName\":\"Evil\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aDeactivatedAdministratorCannotActWithWhatItHeld() throws Exception {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        HttpResponse<String> signedIn = send("GET", "/api/v1/admin/users", basic(admin), null, null);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String cookie = cookies(signedIn);

        AccountFixtures.of(context).deactivate(admin.userId());

        assertThat(send("GET", "/api/v1/admin/users", basic(admin), null, null).statusCode()).isEqualTo(401);
        for (String path : List.of("/api/v1/admin/audit/checkpoints", "/api/v1/admin/audit/archive",
                "/api/v1/admin/audit/verify")) {
            assertThat(send("POST", path, null, cookie, "https://evil.example").statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send("POST", "/api/v1/admin/users", null, cookie, null,
                "{\"userId\":\"evil.admin2\",\"role\":\"REGISTRY_ADMIN\",\"fullName\":\"Evil\"}").statusCode())
                .isEqualTo(401);
    }

    /** Every cookie the response set, as a {@code Cookie} header (empty when none). */
    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
    }

    private static String basic(AccountFixtures.Login login) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String cookie, String origin)
            throws Exception {
        return send(method, path, authorization, cookie, origin, null);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String cookie, String origin,
            String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
