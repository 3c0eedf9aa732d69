package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.common.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's menu in groups (Navigation.java): five headed groups in the bar, none open on the
 * start page (whose tiles stand under the same headings), the current page's group open on its pages,
 * one group open at a time, usable with the keyboard alone and at 360 px; the auditor has the same
 * menu (docs/portal/registry-home-{id,en}.png, registry-home-360-id.png, registry-menu-id.png).
 */
class RegistryMenuBrowserTests extends BrowserTest {

    static final List<String> GROUPS_ID = List.of("Permohonan & pengguna", "Instansi & PKS", "Data balikan",
            "Laporan & kepatuhan", "Pemantauan & log");

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    private List<String> summaries() {
        return browser().findElements(By.cssSelector(".site-nav summary")).stream().map(WebElement::getText).toList();
    }

    private List<WebElement> openGroups() {
        return browser().findElements(By.cssSelector(".site-nav details[open]"));
    }

    @Test
    void theRegistrysMenuIsGroupedAndOpensTheCurrentPagesGroup() {
        AccountFixtures.Login admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        assertPath("/portal");
        assertThat(summaries()).containsExactlyElementsOf(GROUPS_ID);
        assertThat(openGroups()).as("no group open on the start page").isEmpty();
        assertThat(browser().findElements(By.cssSelector(".tiles__heading")).stream().map(WebElement::getText).toList())
                .containsExactlyElementsOf(GROUPS_ID);
        assertThat(browser().findElements(By.cssSelector(".tile"))).hasSize(14);
        Object wide = ((JavascriptExecutor) browser()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) wide).intValue()).as("sideways scrolling on the start page").isLessThanOrEqualTo(0);
        Browser.document("registry-home", "id");

        language("en");
        assertThat(summaries()).containsExactly("Requests & users", "Agencies & agreements", "Data balikan",
                "Reports & compliance", "Monitoring & logs");
        Browser.document("registry-home", "en");
        language("id");

        // a page below a menu entry opens its group, with the entry visible
        open("/portal/registry/agreements/new");
        Browser.await(By.tagName("h1"));
        assertThat(openGroups()).hasSize(1);
        assertThat(openGroups().getFirst().findElement(By.tagName("summary")).getText()).isEqualTo("Instansi & PKS");
        assertThat(browser().findElement(By.linkText("Perjanjian")).isDisplayed()).isTrue();
        open("/portal/registry/log");
        WebElement current = browser().findElement(By.cssSelector(".site-nav a[aria-current=page]"));
        assertThat(current.getText()).isEqualTo("Log akses");
        assertThat(current.isDisplayed()).isTrue();
        assertThat(browser().findElement(By.linkText("Pemantauan")).isDisplayed()).isTrue();
        assertThat(browser().findElement(By.cssSelector(".site-nav a[href=\"/portal/registry/compliance\"]")).isDisplayed()).as("another group's page is folded").isFalse();
        Browser.document("registry-menu", "id");

        // keyboard only: Enter on a group's heading opens it and folds the open one; Tab reaches its pages
        WebElement reports = browser().findElement(By.xpath("//summary[normalize-space()='Laporan & kepatuhan']"));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].focus();", reports);
        new Actions(browser()).sendKeys(Keys.ENTER).perform();
        assertThat(openGroups()).hasSize(1);
        assertThat(openGroups().getFirst().findElement(By.tagName("summary")).getText()).isEqualTo("Laporan & kepatuhan");
        new Actions(browser()).sendKeys(Keys.TAB).perform();
        assertThat(browser().switchTo().activeElement().getText()).isEqualTo("Laporan semester");
        new Actions(browser()).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform();
        assertThat(browser().switchTo().activeElement().getText()).isEqualTo("Evaluasi");
        Browser.clickAndLeave(browser().switchTo().activeElement());
        assertPath("/portal/registry/evaluation");
        assertThat(openGroups().getFirst().findElement(By.tagName("summary")).getText()).isEqualTo("Laporan & kepatuhan");

        at360Pixels(() -> {
            open("/portal/registry/monitoring");
            Browser.await(By.tagName("h1"));
            assertThat(sidewaysOverflow()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            assertThat(browser().findElement(By.linkText("Log administrasi")).isDisplayed()).isTrue();
            Browser.document("registry-menu-360", "id");
            open("/portal");
            Browser.await(By.tagName("h1"));
            Browser.document("registry-home-360", "id");
        });
    }

    @Test
    void theAuditorHasTheSameGroups() {
        AccountFixtures.Login auditor = accounts.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        signIn(auditor.user(), auditor.password());
        assertPath("/portal");
        assertThat(summaries()).containsExactlyElementsOf(GROUPS_ID);
        open("/portal/registry/feedback/reconciliation");
        assertThat(openGroups()).hasSize(1);
        assertThat(browser().findElement(By.linkText("Data balikan per NIK")).isDisplayed()).isTrue();
    }
}
