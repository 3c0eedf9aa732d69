package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A portal session ends after its idle time-out (default 15 minutes) and, however busy, after its
 * absolute time-out (default 8 hours); both are configurable, here shortened to seconds. The next
 * request is sent to the sign-in page.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gerbang.portal.idle-timeout=2s", "gerbang.portal.absolute-timeout=5s"})
@Import({AccountFixtures.class, PortalFixtures.class})
class PortalTimeoutTests {

    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    private PortalHttp signedIn() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp session = new PortalHttp(port);
        session.signIn(operator.user(), operator.password());
        assertThat(session.get("/portal/account").statusCode()).isEqualTo(200);
        return session;
    }

    private static void assertSentToSignIn(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void anIdleSessionEnds() throws Exception {
        PortalHttp session = signedIn();
        Thread.sleep(3_200);
        assertSentToSignIn(session.get("/portal/account"));
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteTimeOut() throws Exception {
        PortalHttp session = signedIn();
        long signedInAt = System.nanoTime();
        HttpResponse<String> page;
        do {
            Thread.sleep(1_000);
            page = session.get("/portal/account");
        } while (page.statusCode() == 200 && System.nanoTime() - signedInAt < 12_000_000_000L);
        assertThat((System.nanoTime() - signedInAt) / 1_000_000).as("never idle for 2 s, ended by the 5 s limit")
                .isGreaterThanOrEqualTo(4_900);
        assertSentToSignIn(page);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("ended");
    }
}
