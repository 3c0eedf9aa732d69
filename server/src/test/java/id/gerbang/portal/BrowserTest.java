package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

    /** Runs {@code steps} with the browser window 360 px wide (a small phone), then gives it back its size. */
    protected void at360Pixels(Runnable steps) {
        Dimension before = browser().manage().window().getSize();
        try {
            browser().manage().window().setSize(new Dimension(360, 800));
            steps.run();
        } finally {
            browser().manage().window().setSize(before);
        }
    }

    /** Brings the element with this id to the top of the window, so a screenshot shows it rather than the menu. */
    protected void scrollTo(String id) {
        ((JavascriptExecutor) browser()).executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", id);
    }

    /** How far the page scrolls sideways, in pixels (0 or less: it fits the window). */
    protected int sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) browser()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    /**
     * Opens each page and returns those that scroll sideways, each with how far and its first five
     * elements that stick out of the window (outside a {@code .table-wrap}, which may scroll).
     */
    protected List<String> pagesTooWide(List<String> pages) {
        List<String> tooWide = new ArrayList<>();
        for (String page : pages) {
            open(page);
            Browser.await(By.tagName("h1"));
            int overflow = sidewaysOverflow();
            if (overflow > 0) {
                Object culprits = ((JavascriptExecutor) browser()).executeScript(
                        "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + " if (e.getBoundingClientRect().right > w && !e.closest('.table-wrap'))"
                        + " out.push(e.tagName + '#' + e.id + '.' + e.className); });"
                        + "return out.slice(0, 5).join(', ');");
                tooWide.add(page + " by " + overflow + " px: " + culprits);
            }
        }
        return tooWide;
    }
}
