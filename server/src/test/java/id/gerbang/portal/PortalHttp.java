package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session against the portal, without a browser: cookies kept, redirects not
 * followed, forms sent with the CSRF token the portal's pages carry.
 */
final class PortalHttp {

    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** A page that shows this session a form (and so its CSRF token). */
    private String formPage = "/login";

    PortalHttp(int port) {
        this.port = port;
    }

    String csrf() throws Exception {
        String html = get(formPage).body();
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on " + formPage).isTrue();
        return m.group(1);
    }

    void signIn(String user, String password) throws Exception {
        HttpResponse<String> response = post("/login", "username=" + encode(user) + "&password=" + encode(password));
        if (response.headers().firstValue("Location").orElse("").endsWith("/portal/sign-in/code")) {
            formPage = "/portal/sign-in/code";
            response = post("/portal/sign-in/code", "code=" + PortalFixtures.nextCode(user).orElseThrow());
        }
        assertThat(response.headers().firstValue("Location").orElse("")).as("signed in").endsWith("/portal");
        formPage = "/portal";
    }

    /** The cookies this session holds, as a {@code Cookie} header. */
    String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a form ({@code application/x-www-form-urlencoded}, already encoded) with the CSRF token. */
    HttpResponse<String> post(String path, String form) throws Exception {
        return send("POST", path, form);
    }

    HttpResponse<String> send(String method, String path, String form) throws Exception {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf());
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a form without the CSRF token, as a cross-site page would. */
    HttpResponse<String> sendWithoutToken(String method, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
