package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the portal's browser tests: the whole application on a random port (on H2, and on
 * PostgreSQL in the build's second pass, as every {@link IntegrationTest}), the shared headless
 * Chromium of {@link Browser}, and the fixtures to make agencies, agreements and users.
 * See docs/portal.md, "Browser tests".
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class})
public abstract class BrowserTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @LocalServerPort
    protected int port;

    protected WebDriver browser() {
        return Browser.driver();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a portal path. */
    protected void open(String path) {
        browser().get(url(path));
    }

    /** The path of the page the browser shows. */
    protected String path() {
        String current = browser().getCurrentUrl();
        String base = url("");
        return current != null && current.startsWith(base) ? current.substring(base.length()) : String.valueOf(current);
    }

    /**
     * Fills in and sends the sign-in form (opening the sign-in page first); for a user enrolled in
     * the second factor by {@link PortalFixtures}, then types the code the sign-in asks for.
     */
    protected void signIn(String userId, String password) {
        signInWithPassword(userId, password);
        if (path().equals("/portal/sign-in/code")) {
            PortalFixtures.nextCode(userId).ifPresent(code -> {
                type(By.id("code"), code);
                send(By.cssSelector("#code-form button[type=submit]"));
            });
        }
    }

    /** The sign-in form only: the page shown next may ask for the second factor's code. */
    protected void signInWithPassword(String userId, String password) {
        open("/login");
        type(By.id("username"), userId);
        type(By.id("password"), password);
        send(By.cssSelector("#login-form button[type=submit]"));
    }

    /** Clicks a button that sends its form and waits for the next page ({@link Browser#clickAndLeave}). */
    protected void send(By button) {
        Browser.clickAndLeave(browser().findElement(button));
    }

    protected void type(By field, String text) {
        WebElement input = Browser.await(field);
        input.clear();
        input.sendKeys(text);
    }

    protected String text(By by) {
        return Browser.await(by).getText();
    }

    /** Switches the language with the header's switch ({@code id} or {@code en}). */
    protected void language(String lang) {
        send(By.cssSelector(".lang-switch button[value=" + lang + "]"));
        Browser.await(By.cssSelector(".lang-switch button[value=" + lang + "][aria-pressed=true]"));
    }

    protected void assertPath(String expected) {
        assertThat(path()).as("page shown").isEqualTo(expected);
    }
}
