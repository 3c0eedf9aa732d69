package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationOutcome;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The portal's sessions end when their user may no longer act (issue 13 point 1): deactivation, a
 * password reset, a lockout end every session of the user; the user's own password change ends
 * the others and keeps the one it was made in. The portal's forms keep their CSRF protection.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, PortalFixtures.class})
class PortalSessionEndTests {


    @LocalServerPort
    int port;

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    Accounts accounts;

    private PortalHttp signedIn(AccountFixtures.Login login) throws Exception {
        PortalHttp session = new PortalHttp(port);
        session.signIn(login.user(), login.password());
        assertThat(session.get("/portal/account").statusCode()).isEqualTo(200);
        return session;
    }

    private static void assertEnded(PortalHttp session) throws Exception {
        HttpResponse<String> page = session.get("/portal/account");
        assertThat(page.statusCode()).as("an ended session is sent to the sign-in page").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void deactivationEndsEverySessionOfTheUser() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp first = signedIn(operator);
        PortalHttp second = signedIn(operator);
        AccountFixtures.of(context).deactivate(operator.userId());
        assertEnded(first);
        assertEnded(second);
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUser() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp session = signedIn(operator);
        AccountFixtures.of(context).resetPassword(operator.userId());
        assertEnded(session);
    }

    @Test
    void aLockoutEndsEverySessionOfTheUser() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp session = signedIn(operator);
        InetAddress registered = InetAddress.getByName("127.0.0.1");
        AuthenticationOutcome last = null;
        for (int i = 0; i < 5; i++) {
            last = accounts.authenticate(operator.user(), "wrong-" + i, registered).outcome();
        }
        assertThat(last).isEqualTo(AuthenticationOutcome.BAD_PASSWORD);
        assertThat(accounts.authenticate(operator.user(), operator.password(), registered).outcome())
                .isEqualTo(AuthenticationOutcome.LOCKED);
        assertEnded(session);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsItsOwn() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp other = signedIn(operator);
        PortalHttp own = signedIn(operator);
        String next = "Baru-Kata-Sandi-2026!x";
        HttpResponse<String> changed = own.post("/portal/account/password", "currentPassword="
                + PortalHttp.encode(operator.password()) + "&newPassword=" + PortalHttp.encode(next)
                + "&confirmPassword=" + PortalHttp.encode(next));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        assertThat(own.get("/portal/account").statusCode()).as("the session it was made in goes on").isEqualTo(200);
        assertEnded(other);
    }

    @Test
    void thePortalsFormsStillNeedTheirCsrfToken() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp session = signedIn(operator);
        HttpResponse<String> withoutToken = session.sendWithoutToken("POST", "/portal/account/sessions", "");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(session.post("/portal/account/sessions", "").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutTheOtherSessionsEndsThemAndKeepsThisOne() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        PortalHttp phone = signedIn(operator);
        PortalHttp laptop = signedIn(operator);
        PortalHttp desk = signedIn(operator);
        HttpResponse<String> ended = desk.post("/portal/account/sessions", "");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/portal/account");
        assertThat(desk.get("/portal/account").statusCode()).as("the session that asked goes on").isEqualTo(200);
        assertEnded(phone);
        assertEnded(laptop);
    }

    @Test
    void fiveWrongPasswordsOnTheSignInPageLockTheAccountAndThePageSaysSo() throws Exception {
        AccountFixtures.Login operator = fixtures.operator();
        // other tests' wrong passwords from this address count toward its block within the window
        AccountFixtures.unblockSource(context, "127.0.0.1");
        try {
            PortalHttp visitor = new PortalHttp(port);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> refused = visitor.post("/login",
                        "username=" + PortalHttp.encode(operator.user()) + "&password=wrong-" + i);
                assertThat(refused.headers().firstValue("Location").orElse("")).as("attempt " + i)
                        .contains("/login?error=bad");
            }
            HttpResponse<String> right = visitor.post("/login",
                    "username=" + PortalHttp.encode(operator.user()) + "&password=" + PortalHttp.encode(operator.password()));
            String location = right.headers().firstValue("Location").orElse("");
            assertThat(location).as("the right password is refused while locked").contains("error=locked");
            assertThat(visitor.get(location.replaceFirst("^https?://[^/]+", "")).body())
                    .contains("dikunci sementara");
        } finally {
            AccountFixtures.unblockSource(context, "127.0.0.1");
        }
    }
}
