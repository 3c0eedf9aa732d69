package id.gerbang.portal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's browser-test harness (a JUnit extension; tests use it through {@link BrowserTest}):
 * Debian's Chromium ({@value #CHROMIUM}) driven headless through Debian's chromedriver
 * ({@value #CHROMEDRIVER}), both named explicitly so Selenium Manager never looks for or downloads
 * anything. One browser serves every browser test of the run; each test starts without cookies.
 *
 * <p>Where Chromium or the driver is missing, the browser tests are skipped with a message saying
 * so; with {@code GERBANG_REQUIRE_BROWSER=true} (set by {@code .ci/run}) they fail instead. On a
 * failure the page's screenshot and source are written to {@code target/browser-failures/}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, TestWatcher {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("GERBANG_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message + ", and GERBANG_REQUIRE_BROWSER=true requires them");
            }
            Assumptions.abort(message + "; skipped (set GERBANG_REQUIRE_BROWSER=true to fail instead)");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver().manage().deleteAllCookies();
    }

    /** The shared browser, started on first use and closed when the test JVM ends. */
    public static synchronized WebDriver driver() {
        if (driver == null) {
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1280,900", "--lang=id", "--no-first-run", "--disable-extensions",
                    "--password-store=basic", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--disable-features=Translate,PasswordLeakDetection,AutofillServerCommunication");
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "browser-quit"));
        }
        return driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        Path dir = Path.of(System.getProperty("gerbang.browser.failures.dir", "target/browser-failures"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Writes a screenshot of the current page for the documentation, as
     * {@code docs/portal/<name>-<lang>.png}, when {@code GERBANG_PORTAL_SCREENSHOTS=true} (so an
     * ordinary test run leaves the work tree clean); returns where it wrote.
     */
    public static Optional<Path> document(String name, String lang) {
        if (!"true".equalsIgnoreCase(System.getenv("GERBANG_PORTAL_SCREENSHOTS"))) {
            return Optional.empty();
        }
        Path dir = Path.of(System.getProperty("gerbang.portal.screenshots.dir", "../docs/portal"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + "-" + lang + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return Optional.of(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the screenshot " + name, e);
        }
    }

    /**
     * Clicks a button that sends a whole-page form (or a link) and waits until the browser shows the
     * next page, fully loaded: without the wait, the next {@code get} or element search may race the
     * request and see the old page, or abort the request (a sign-in lost this way made a test time
     * out in CI). The old document is marked before the click and the wait ends when a document
     * without the mark is complete. Asking the old element whether it went stale is not enough:
     * during the navigation Chromium may answer that question with an "inspector error" instead of
     * a stale-element error (which made another test fail in CI), so every driver error while the
     * page changes is taken as "not yet".
     */
    public static void clickAndLeave(WebElement button) {
        JavascriptExecutor script = (JavascriptExecutor) driver();
        script.executeScript("window.gerbangLeaving = true;");
        button.click();
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.gerbangLeaving !== true && document.readyState === 'complete';")));
    }

    /** Waits (up to ten seconds) for an element to be visible. */
    public static WebElement await(By by) {
        return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
