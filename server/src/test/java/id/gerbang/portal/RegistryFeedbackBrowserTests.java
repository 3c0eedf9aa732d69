package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.JakartaTime;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.ProgrammeDetails;
import id.gerbang.feedback.Submitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The registry's data-balikan pages in a real browser (issue 16): a registry administrator finds a
 * NIK and sees the records (victim information decrypted) beside the register's data, opens the
 * reconciliation with its uPlot chart and table, sends a reminder, and both pages fit a 360 px
 * screen. Screenshots {@code registry-feedback-{id,en}}, {@code registry-feedback-reconciliation-{id,en}}
 * and their {@code -360} variants.
 */
@Import(FeedbackArrangements.class)
class RegistryFeedbackBrowserTests extends BrowserTest {

    @Autowired
    FeedbackArrangements fixtures;
    @Autowired
    FeedbackRecords feedback;
    @Autowired
    PortalFixtures portal;
    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;

    AccessArrangements.Arrangement arranged() {
        AccessArrangements.Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Instant old = clock.instant().minus(Duration.ofDays(40));
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, old);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, old);
        fixtures.lookedUp(a, FeedbackArrangements.HENDRA, clock.instant().minus(Duration.ofDays(70)));
        String programme = fixtures.programme();
        feedback.submit(new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE), List.of(
                FeedbackSubmission.victim(FeedbackArrangements.NADIA, "K-2026/117",
                        FeedbackArrangements.victim(LocalDate.of(2026, 3, 1))),
                FeedbackSubmission.programme(FeedbackArrangements.NADIA, "P-2026/9",
                        new ProgrammeDetails(programme, LocalDate.of(2026, 3, 2), "Paket sembako", 250_000L))));
        return a;
    }

    @Test
    void theAdministratorSeesTheRecordsBesideTheRegisterAndTheAgencysComplianceRate() {
        AccessArrangements.Arrangement a = arranged();
        accounts.user(id.gerbang.common.Roles.AGENCY_OPERATOR, a.agency(), a.agreement());
        AccountFixtures.Login admin = portal.registryAdmin();
        signIn(admin.user(), admin.password());

        open("/portal/registry/feedback");
        type(By.id("nik"), FeedbackArrangements.NADIA);
        send(By.cssSelector("#feedback-nik-form button[type=submit]"));
        assertThat(text(By.id("register-data"))).contains("2015-08-12");
        assertThat(text(By.id("returned-records"))).contains("K-2026/117").contains("2026-03-01").contains("P-2026/9")
                .contains("Paket sembako");
        scrollTo("feedback-result");
        Browser.document("registry-feedback", "id");

        LocalDate today = JakartaTime.today(clock);
        String period = "?agencyId=" + a.agency().value() + "&from=" + today.minusDays(80) + "&to=" + today;
        open("/portal/registry/feedback/reconciliation" + period);
        Browser.await(By.cssSelector("#chart-rate[data-drawn='1'] canvas"));
        assertThat(text(By.id("missing-niks"))).contains(FeedbackArrangements.RATNA).contains(FeedbackArrangements.HENDRA);
        assertThat(text(By.id("rates"))).contains("%");
        scrollTo("compliance");
        Browser.document("registry-feedback-reconciliation", "id");
        send(By.cssSelector("#remind-" + a.agency().value() + " button"));
        assertThat(text(By.id("notice"))).contains("Pengingat data balikan dikirim");

        language("en");
        open("/portal/registry/feedback/reconciliation" + period);
        Browser.await(By.cssSelector("#chart-rate[data-drawn='1'] canvas"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Data-balikan reconciliation");
        scrollTo("compliance");
        Browser.document("registry-feedback-reconciliation", "en");
        open("/portal/registry/feedback");
        type(By.id("nik"), FeedbackArrangements.NADIA);
        send(By.cssSelector("#feedback-nik-form button[type=submit]"));
        assertThat(text(By.id("register-data"))).contains("Population register");
        scrollTo("feedback-result");
        Browser.document("registry-feedback", "en");
        language("id");

        at360Pixels(() -> {
            open("/portal/registry/feedback/reconciliation" + period);
            Browser.await(By.cssSelector("#chart-rate canvas"));
            assertThat(sidewaysOverflow()).as("reconciliation wider than 360 px").isLessThanOrEqualTo(0);
            scrollTo("missing");
            Browser.document("registry-feedback-reconciliation-360", "id");
            open("/portal/registry/feedback");
            type(By.id("nik"), FeedbackArrangements.NADIA);
            send(By.cssSelector("#feedback-nik-form button[type=submit]"));
            assertThat(sidewaysOverflow()).as("data balikan per NIK wider than 360 px").isLessThanOrEqualTo(0);
            scrollTo("register-data");
            Browser.document("registry-feedback-360", "id");
        });
    }


}
