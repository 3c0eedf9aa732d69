package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.agreement.AgreementEndApproaching;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequestDecided;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The inbox in a real browser: the header's unread count, the notifications of the producers in
 * both languages, marking read, and the e-mail settings with their error summary; usable at 360 px.
 */
class InboxBrowserTests extends BrowserTest {

    static final Actor REGISTRY = new Actor("registry.test", Roles.REGISTRY_ADMIN, null);

    @Autowired PortalFixtures fixtures;
    @Autowired IpRegistrations ips;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;

    PortalFixtures.Agency agency;
    AccountFixtures.Login admin;
    IpRegistration approved;

    @BeforeEach
    void notificationsForAnAgencyAdministrator() {
        agency = fixtures.agency();
        admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        approved = ips.request(REGISTRY, agency.id(), "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + ".0/29",
                "Kantor uji", "Jalan Uji No. 1");
        ips.approve(REGISTRY, approved.id(), null);
        events.publishEvent(new IncreaseRequestDecided(approved.id() + 500_000, agency.id(), IncreaseRequest.Status.REJECTED));
        events.publishEvent(new AgreementEndApproaching(agency.agreement(), JakartaTime.today(clock).plusDays(30), 30, 1));
        signIn(admin.user(), admin.password());
        Browser.await(By.cssSelector(".user__meta"));
    }

    @Test
    void theHeaderCountsUnreadNotificationsAndTheInboxShowsAndMarksThem() {
        assertThat(text(By.id("inbox-unread"))).isEqualTo("3");
        send(By.id("inbox-link"));
        assertPath("/portal/account/inbox");
        List<String> subjects = browser().findElements(By.cssSelector(".inbox__subject span:last-child")).stream()
                .map(e -> e.getText()).toList();
        assertThat(subjects).hasSize(3).contains("Pendaftaran alamat IP nomor " + approved.id() + " disetujui");
        assertThat(subjects).anyMatch(s -> s.startsWith("PKS ") && s.endsWith(" berakhir dalam 30 hari"));
        Browser.document("inbox", "id");

        send(By.cssSelector(".inbox__item:last-child .inbox__actions button[type=submit]"));
        assertThat(text(By.id("inbox-unread"))).isEqualTo("2");

        language("en");
        assertThat(text(By.cssSelector("h1"))).isEqualTo("Inbox");
        assertThat(browser().findElements(By.cssSelector(".inbox__subject span:last-child")).stream().map(e -> e.getText()))
                .contains("IP-address registration " + approved.id() + " approved");
        Browser.document("inbox", "en");

        send(By.cssSelector("#read-all-form button[type=submit]"));
        assertThat(text(By.id("notice"))).isEqualTo("2 notifications marked as read.");
        assertThat(browser().findElements(By.id("inbox-unread"))).isEmpty();
    }

    @Test
    void theEmailSettingsShowTheirErrorsBesideTheFieldAndSave() {
        open("/portal/account/notifications");
        Browser.document("inbox-preferences", "id");
        type(By.id("email"), "bukan alamat");
        // the browser's own check of type=email is skipped so that the server's answer is shown
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript(
                "document.getElementById('notifications-form').noValidate = true;");
        send(By.cssSelector("#notifications-form button[type=submit]"));
        assertThat(text(By.cssSelector("#error-summary a[href='#email']"))).isEqualTo("Alamat e-mail tidak valid.");
        assertThat(browser().findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        Browser.document("inbox-preferences-errors", "id");

        type(By.id("email"), "admin@uji.example");
        browser().findElement(By.id("mailed-FEEDBACK_MISSING")).click();
        send(By.cssSelector("#notifications-form button[type=submit]"));
        assertThat(text(By.id("notice"))).isEqualTo("Pengaturan pemberitahuan tersimpan.");
        assertThat(browser().findElement(By.id("mailed-FEEDBACK_MISSING")).isSelected()).isFalse();
        assertThat(browser().findElement(By.id("mailed-AGREEMENT_EXPIRING")).isSelected()).isTrue();
        assertThat(browser().findElements(By.id("mailed-REQUEST_WAITING"))).as("a registry kind").isEmpty();
        language("en");
        Browser.document("inbox-preferences", "en");
    }

    @Test
    void theInboxPagesFitA360PixelScreen() {
        at360Pixels(() -> {
            for (String page : List.of("/portal/account/inbox", "/portal/account/notifications")) {
                open(page);
                Browser.await(By.tagName("h1"));
                assertThat(sidewaysOverflow()).as(page + " wider than 360 px").isLessThanOrEqualTo(0);
            }
            open("/portal/account/inbox");
            Browser.document("inbox-360", "id");
        });
    }
}
