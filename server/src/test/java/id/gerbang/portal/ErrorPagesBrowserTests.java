package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import id.gerbang.portal.web.FailingPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The portal's error page in a browser: a signed-in user who follows a link to a page that does not
 * exist sees it in the layout with the menu, a way back to the page the link was on and one home, in
 * both languages and at 360 px (docs/portal/error-{id,en}.png, error-360-id.png); a page that fails
 * shows the reference to give the administrator (error-server-id.png).
 */
@Import(FailingPages.class)
class ErrorPagesBrowserTests extends BrowserTest {

    @Autowired
    PortalFixtures fixtures;

    @Test
    void aLinkToAPageThatDoesNotExistShowsThePortalsNotFoundPage() {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        open("/portal/registry/agreements");
        Browser.await(By.tagName("h1"));
        // followed as a link would be, so that the browser sends the page it came from
        ((JavascriptExecutor) browser()).executeScript("window.location.href = '/portal/registry/laporan-lama';");
        Browser.await(By.id("error-heading"));
        assertPath("/portal/registry/laporan-lama");
        assertThat(text(By.tagName("h1"))).isEqualTo("Halaman tidak ditemukan");
        assertThat(browser().findElement(By.id("error-status")).getAttribute("textContent")).isEqualTo("Kesalahan 404");
        assertThat(browser().getTitle()).isEqualTo("Halaman tidak ditemukan · Gerbang");
        assertThat(browser().findElement(By.id("error-back")).getAttribute("href")).endsWith("/portal/registry/agreements");
        assertThat(browser().findElements(By.cssSelector(".site-nav a"))).isNotEmpty();
        assertThat(browser().getPageSource()).doesNotContain("Whitelabel");
        Browser.document("error", "id");

        language("en");
        assertPath("/portal/registry/laporan-lama");
        assertThat(text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(text(By.id("error-home"))).isEqualTo("Go to the start page");
        Browser.document("error", "en");
        language("id");

        at360Pixels(() -> {
            open("/portal/registry/laporan-lama");
            Browser.await(By.id("error-heading"));
            assertThat(sidewaysOverflow()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            Browser.document("error-360", "id");
        });

        send(By.id("error-home"));
        assertPath("/portal");
    }

    @Test
    void aPageThatFailsShowsAReferenceForTheAdministrator() {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        open(FailingPages.DEFECT);
        assertThat(text(By.tagName("h1"))).isEqualTo("Terjadi kesalahan pada server");
        assertThat(text(By.id("error-reference-code"))).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(browser().getPageSource()).doesNotContain(FailingPages.SECRET_NIK).doesNotContain("Exception");
        Browser.document("error-server", "id");
    }
}
