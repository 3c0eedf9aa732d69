package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.common.Roles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in to the portal in a real browser: the form, its failures, the first sign-in, sign-out, language. */
class SignInBrowserTests extends BrowserTest {

    @Autowired
    PortalFixtures fixtures;

    @Test
    void anAnonymousVisitorSeesTheSignInPageInIndonesianAndCanSwitchToEnglish() {
        open("/");
        assertThat(text(By.tagName("h1"))).isEqualTo("Masuk ke Gerbang");
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        Browser.document("sign-in", "id");
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Sign in to Gerbang");
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Browser.document("sign-in", "en");
        language("id");
        assertThat(text(By.tagName("h1"))).isEqualTo("Masuk ke Gerbang");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
        AccountFixtures.Login operator = fixtures.operator();
        signIn(operator.user(), "Salah-Sekali-2025!");
        assertThat(text(By.id("login-error"))).isEqualTo("ID pengguna atau kata sandi salah.");
        signIn("tidak.ada.sama.sekali", "Salah-Sekali-2025!");
        assertThat(text(By.id("login-error"))).isEqualTo("ID pengguna atau kata sandi salah.");
        assertPath("/login?error=bad");
    }

    @Test
    void anOperatorSignsInToItsLandingPageWithAFreshSessionCookieAndSignsOut() {
        AccountFixtures.Login operator = fixtures.operator();
        open("/login");
        Cookie before = browser().manage().getCookieNamed("JSESSIONID");
        signIn(operator.user(), operator.password());
        assertPath("/portal");
        assertThat(text(By.tagName("h1"))).isEqualTo("Beranda operator");
        assertThat(text(By.cssSelector(".user__meta"))).contains(operator.user()).contains("Operator instansi");
        Cookie after = browser().manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(before == null || !before.getValue().equals(after.getValue())).as("session id changed at sign-in").isTrue();
        Browser.document("operator-home", "id");
        send(By.cssSelector(".signout button"));
        assertThat(text(By.id("login-notice"))).isEqualTo("Anda telah keluar.");
        open("/portal");
        assertPath("/login");
    }

    @Test
    void aServiceAccountCannotSignInToThePortal() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login service = fixtures.user(Roles.AGENCY_SERVICE, agency);
        signIn(service.user(), service.password());
        assertThat(text(By.id("login-error"))).isEqualTo("Akun layanan web tidak dapat masuk ke portal.");
        open("/portal");
        assertPath("/login");
    }

    @Test
    void theFirstSignInWithAOneTimePasswordLeadsToTheChangePasswordPageAndNowhereElse() {
        AccountFixtures.Issued issued = fixtures.newUser(Roles.AGENCY_OPERATOR, fixtures.agency());
        signIn(issued.userId().value(), issued.password());
        assertPath("/portal/account/password");
        assertThat(text(By.id("first-sign-in"))).contains("kata sandi sekali pakai");
        open("/portal");
        assertPath("/portal/account/password");
        // the policy of the account module applies
        type(By.id("currentPassword"), issued.password());
        type(By.id("newPassword"), "pendek");
        type(By.id("confirmPassword"), "pendek");
        send(By.cssSelector("#password-form button[type=submit]"));
        assertThat(text(By.id("error-summary"))).contains("Kata sandi tidak memenuhi kebijakan");
        type(By.id("currentPassword"), issued.password());
        type(By.id("newPassword"), AccountFixtures.PASSWORD);
        type(By.id("confirmPassword"), AccountFixtures.PASSWORD);
        send(By.cssSelector("#password-form button[type=submit]"));
        assertPath("/portal");
        assertThat(text(By.tagName("h1"))).isEqualTo("Beranda operator");
    }
}
