package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.registry.RecordStatus;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

/**
 * After a portal lookup, no population value of the resident (name, NIK, address) is in the
 * server's log output (with the application's and Spring's web and security logging at DEBUG),
 * in any HTTP session, or in any cache; only the page that answered the lookup held them.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class})
@ExtendWith(OutputCaptureExtension.class)
class PortalNoLeakTests {

    static final List<String> LOUD = List.of("id.gerbang", "org.springframework.web", "org.springframework.security",
            "org.apache.catalina");

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    LoggingSystem logging;

    @AfterEach
    void quiet() {
        LOUD.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void aPortalLookupLeavesNoPopulationValueInTheLogSessionsOrCaches(CapturedOutput output) throws Exception {
        arrangements.family(RecordStatus.ACTIVE);
        String nik = AccessArrangements.HENDRA;
        List<String> values = AccessArrangements.hendraPersonalValues();
        AccountFixtures.Login operator = fixtures.operator();
        LOUD.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));

        PortalHttp session = new PortalHttp(port);
        session.signIn(operator.user(), operator.password());
        HttpResponse<String> page = session.post("/portal/operator/lookup",
                "nik=" + nik + "&purpose=" + PortalHttp.encode("Kasus bocor?"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the page answered the lookup").contains(values.get(1));
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        session.get("/portal/operator/history");

        assertThat(output.getAll()).as("the debug logging ran").contains("/portal/operator/lookup");
        for (String value : values) {
            assertThat(output.getAll()).as("log output").doesNotContain(value);
        }
        String sessions = sessionContents();
        assertThat(sessions).as("sessions seen").contains("SPRING_SECURITY_CONTEXT");
        for (String value : values) {
            assertThat(sessions).as("HTTP sessions").doesNotContain(value);
        }
        for (CacheManager manager : context.getBeansOfType(CacheManager.class).values()) {
            for (String name : manager.getCacheNames()) {
                Cache cache = manager.getCache(name);
                String contents = cache == null ? "" : String.valueOf(cache.getNativeCache());
                for (String value : values) {
                    assertThat(contents).as("cache " + name).doesNotContain(value);
                }
            }
        }
    }

    /** Every attribute of every live session, as text and as its serialized bytes. */
    String sessionContents() throws Exception {
        StringBuilder all = new StringBuilder();
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        List<Container> contexts = new ArrayList<>(List.of(server.getTomcat().getHost().findChildren()));
        for (Container container : contexts) {
            for (Session session : ((Context) container).getManager().findSessions()) {
                for (String name : Collections.list(session.getSession().getAttributeNames())) {
                    Object value = session.getSession().getAttribute(name);
                    all.append(name).append('=').append(value).append('\n');
                    if (value instanceof SecurityContext security && security.getAuthentication() != null) {
                        Authentication auth = security.getAuthentication();
                        all.append(auth.getPrincipal()).append(auth.getDetails()).append(auth.getAuthorities()).append('\n');
                    }
                    if (value instanceof Serializable serializable) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                            out.writeObject(serializable);
                            all.append(bytes.toString(StandardCharsets.ISO_8859_1)).append('\n');
                        } catch (java.io.NotSerializableException e) {
                            // the security context's principal: its parts are appended above
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
