package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data balikan in a real browser (issue 16, methods 3 and 4): the pop-up after a successful Cek NIK
 * (a modal native dialog opened by portal.js), the form it opens for that NIK, postponing to "Data
 * balikan tertunda" and filing from there, and the form's messages beside the fields.
 */
@Import(FeedbackArrangements.class)
class FeedbackBrowserTests extends BrowserTest {

    @Autowired
    FeedbackArrangements feedback;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    AccountFixtures.Login operator() {
        AccessArrangements.Arrangement a = feedback.arrange(FeedbackArrangements.SEED);
        return accounts.user(Roles.AGENCY_OPERATOR, a.agency(), a.agreement());
    }

    void lookup(String nik) {
        open("/portal/operator/lookup");
        type(By.id("nik"), nik);
        type(By.id("purpose"), "Kasus 7/PPA/2026");
        send(By.cssSelector("#lookup-form button[type=submit]"));
    }

    void fillVictim(String reference) {
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        type(By.id("caseReference"), reference);
        browser().findElement(By.id("violenceKinds-1")).click();
        new Select(browser().findElement(By.id("place"))).selectByIndex(1);
        new Select(browser().findElement(By.id("perpetratorRelationship"))).selectByIndex(1);
        for (String date : new String[] {"incidentDate", "reportDate"}) {
            ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];",
                    browser().findElement(By.id(date)), today);
        }
    }

    @Test
    void thePopUpAfterALookupOpensTheFormForThatNik() {
        AccountFixtures.Login operator = operator();
        signIn(operator.user(), operator.password());
        lookup(FeedbackArrangements.HENDRA);
        Browser.await(By.id("feedback-prompt"));
        assertThat(((JavascriptExecutor) browser()).executeScript(
                "return document.getElementById('feedback-prompt').matches(':modal');")).isEqualTo(true);
        Browser.document("feedback-prompt", "id");
        send(By.id("prompt-victim"));
        assertThat(browser().findElement(By.id("nik")).getAttribute("value")).isEqualTo(FeedbackArrangements.HENDRA);
        String reference = "PPA/" + AccountFixtures.unique("");
        fillVictim(reference);
        send(By.cssSelector("#feedback-form button[type=submit]"));
        assertThat(text(By.id("notice"))).contains("tersimpan");
        assertThat(jdbc.sql("select method from feedback_record where case_reference = ?").param(reference)
                .query(String.class).list()).containsExactly("POPUP");
    }

    @Test
    void aPostponedNikWaitsInTheListUntilItsRecordIsFiled() {
        AccountFixtures.Login operator = operator();
        signIn(operator.user(), operator.password());
        lookup(FeedbackArrangements.HENDRA);
        send(By.id("prompt-later"));
        assertPath("/portal/operator/feedback/pending");
        assertThat(text(By.id("notice"))).contains("ditunda");
        assertThat(text(By.id("pending"))).contains(operator.user()).doesNotContain(FeedbackArrangements.HENDRA);
        Browser.document("feedback-pending", "id");
        send(By.cssSelector("#pending button[value=VICTIM]"));
        fillVictim("PPA/" + AccountFixtures.unique(""));
        send(By.cssSelector("#feedback-form button[type=submit]"));
        assertThat(text(By.id("notice"))).contains("tersimpan");
        open("/portal/operator/feedback/pending");
        assertThat(text(By.id("pending-empty"))).isEqualTo("Tidak ada data balikan yang tertunda.");
    }

    @Test
    void theFormShowsItsMessagesBesideTheFieldsInBothLanguages() {
        AccountFixtures.Login operator = operator();
        signIn(operator.user(), operator.password());
        lookup(FeedbackArrangements.HENDRA);
        send(By.id("prompt-victim"));
        fillVictim("PPA/" + AccountFixtures.unique(""));
        new Select(browser().findElement(By.id("place"))).selectByIndex(0);
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];",
                browser().findElement(By.id("reportDate")), LocalDate.now(ZoneId.of("Asia/Jakarta")).minusYears(1).toString());
        send(By.cssSelector("#feedback-form button[type=submit]"));
        assertThat(text(By.id("place-error"))).isEqualTo("wajib diisi");
        assertThat(text(By.id("error-summary"))).contains("Tempat kejadian: wajib diisi");
        Browser.document("feedback-form", "id");
        language("en");
        open("/portal/operator/feedback?kind=PROGRAMME_RECIPIENT");
        assertThat(text(By.cssSelector("#feedback-form h2"))).isEqualTo("Programme-recipient information");
        Browser.document("feedback-form-programme", "en");
        language("id");
    }
}
