package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.anomaly.Alert;
import id.gerbang.anomaly.AlertStatus;
import id.gerbang.anomaly.Alerts;
import id.gerbang.anomaly.AnomalyFixtures;
import id.gerbang.anomaly.AnomalyRule;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.SafetyFlags;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's anomaly alerts in a real browser: a burst of calls at night and a lookup of a
 * safety-flagged NIK raise two alerts; the administrator sees them open first, follows an alert to the
 * access-log search that shows its entries, and acknowledges it with a note; the auditor reads the
 * same list without the form; the page fits a 360 px screen.
 */
class AnomalyAlertsBrowserTests extends BrowserTest {

    @Autowired PortalFixtures fixtures;
    @Autowired AccountFixtures accountFixtures;
    @Autowired AccessLog accessLog;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Alerts alerts;
    @Autowired SafetyFlags flags;
    @Autowired Clock clock;

    @Test
    void theAdministratorFollowsAnAlertToTheLogAndAcknowledgesItAndTheAuditorOnlyReads() {
        PortalFixtures.Agency agency = fixtures.agency();
        long agencyId = agency.id().value();
        String user = "op-malam-" + ThreadLocalRandom.current().nextInt(100_000);
        LocalDate yesterday = JakartaTime.today(clock).minusDays(1);
        Instant night = yesterday.atTime(LocalTime.of(23, 0)).atZone(JakartaTime.ZONE).toInstant();
        long flagged = Long.parseLong("327301" + (41 + ThreadLocalRandom.current().nextInt(28)) + "0990"
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000)));
        flags.set(flagged, "uji halaman peringatan", "registry-admin");
        List<CompletableFuture<Long>> written = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            written.add(accessLog.recordAsync(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE,
                            AccessOperation.LOOKUP, AccessOutcome.FOUND).time(night.plusSeconds(5L * i)).agencyId(agencyId)
                    .agreementId(agency.agreement().value()).userId(user).sourceIp("127.0.0.9")
                    .nik(i == 0 ? flagged : 3273015509900000L + i).elements(List.of("NIK")).build()));
        }
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
        AnomalyFixtures.scanNow(context);
        Alert burst = alerts.list(AlertStatus.OPEN, 1000).stream()
                .filter(a -> a.rule() == AnomalyRule.NIGHT_BURST && user.equals(a.userId())).findFirst().orElseThrow();

        AccountFixtures.Login admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        open("/portal");
        // in the menu's group "Pemantauan & log", folded on the start page
        assertThat(browser().findElement(By.cssSelector("nav")).getAttribute("textContent")).contains("Peringatan anomali");
        open("/portal/registry/monitoring");
        assertThat(Long.parseLong(text(By.id("open-alerts-count")).strip())).isPositive();
        send(By.id("open-alerts"));
        assertPath("/portal/registry/alerts?status=OPEN");
        assertThat(text(By.tagName("h1"))).isEqualTo("Peringatan anomali");
        String card = text(By.id("alert-" + burst.id()));
        assertThat(card).contains("Panggilan beruntun pada malam hari", user, "60 (ambang 50)");
        assertThat(browser().findElements(By.id("action-acknowledge-" + burst.id()))).hasSize(1);
        scrollTo("alert-" + burst.id());
        Browser.document("anomaly-alerts", "id");

        send(By.id("log-" + burst.id()));
        assertThat(path()).startsWith("/portal/registry/log?from=" + yesterday + "&to=" + yesterday
                + "&agencyId=" + agencyId + "&userId=" + user);
        assertThat(browser().findElements(By.cssSelector("#log-entries tbody tr"))).hasSizeGreaterThanOrEqualTo(50);

        open("/portal/registry/alerts");
        type(By.id("note-" + burst.id()), "Dicek: lembaga menjalankan pencocokan data malam hari, sudah dikonfirmasi.");
        send(By.cssSelector("#action-acknowledge-" + burst.id() + " button[type=submit]"));
        assertThat(text(By.id("notice"))).contains("Peringatan " + burst.id());
        assertThat(text(By.id("alert-" + burst.id()))).contains("Ditindaklanjuti", admin.user(), "pencocokan data");
        assertThat(browser().findElements(By.id("action-acknowledge-" + burst.id()))).isEmpty();
        assertThat(alerts.find(burst.id()).orElseThrow().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);

        language("en");
        open("/portal/registry/alerts");
        assertThat(text(By.tagName("h1"))).isEqualTo("Anomaly alerts");
        assertThat(browser().getPageSource()).contains("Lookup of a safety-flagged NIK");
        scrollTo("alert-" + burst.id());
        Browser.document("anomaly-alerts", "en");
        language("id");

        at360Pixels(() -> {
            open("/portal/registry/alerts?status=OPEN");
            Browser.await(By.tagName("h1"));
            assertThat(sidewaysOverflow()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            scrollTo("alerts-list");
            Browser.document("anomaly-alerts-360", "id");
        });

        browser().manage().deleteAllCookies();
        AccountFixtures.Login auditor = accountFixtures.user(Roles.REGISTRY_AUDITOR, null, null);
        if (id.gerbang.account.SecondFactors.required(Roles.REGISTRY_AUDITOR)) {
            fixtures.enrol(auditor.user());
        }
        signIn(auditor.user(), auditor.password());
        open("/portal/registry/alerts");
        assertThat(text(By.tagName("h1"))).isEqualTo("Peringatan anomali");
        assertThat(browser().findElements(By.cssSelector("[id^=alert-]"))).isNotEmpty();
        assertThat(browser().findElements(By.cssSelector("form[id^=action-acknowledge-], textarea[name=note]"))).isEmpty();
        assertThat(browser().findElement(By.cssSelector("nav")).getText()).contains("Peringatan anomali");
    }
}
