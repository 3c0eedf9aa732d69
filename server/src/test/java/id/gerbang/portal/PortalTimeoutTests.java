package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.MutableClock;
import id.gerbang.account.AccountFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A portal session ends after its idle time-out (default 15 minutes) and, however busy, after its
 * absolute time-out (default 8 hours). The idle time-out is Tomcat's and is shortened here to two
 * seconds; the absolute one is read from the application's clock, which the test moves. The next
 * request is sent to the sign-in page.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gerbang.portal.idle-timeout=2s")
@Import({AccountFixtures.class, PortalFixtures.class, PortalTimeoutTests.Time.class})
class PortalTimeoutTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;

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
        clock.advance(Duration.ofHours(8).minusMinutes(1));
        assertThat(session.get("/portal/account").statusCode()).as("within 8 hours").isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> page = session.get("/portal/account");
        assertSentToSignIn(page);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("ended");
    }
}
