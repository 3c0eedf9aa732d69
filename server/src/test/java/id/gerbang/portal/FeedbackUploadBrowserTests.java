package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import id.gerbang.feedback.FeedbackUploads;
import id.gerbang.feedback.Upload;
import id.gerbang.feedback.UploadWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Data balikan by Excel upload in a real browser (issue 16, method 2): the upload page with the
 * template link, a workbook of 3,000 rows (one of them wrong) uploaded, the job's page whose
 * progress bar htmx refreshes until it ends, the counts, the error workbook's link, the page again
 * after a reload, in both languages.
 */
@Import(FeedbackArrangements.class)
class FeedbackUploadBrowserTests extends BrowserTest {

    @Autowired
    FeedbackArrangements feedback;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    FeedbackUploads uploads;
    @Autowired
    Clock clock;

    @Test
    void aWorkbookIsUploadedItsProgressShownAndItsRefusedRowReturned() throws Exception {
        AccessArrangements.Arrangement a = feedback.arrange(new FeedbackObligations(EnumSet.allOf(FeedbackKind.class),
                EnumSet.of(FeedbackMethod.EXCEL_UPLOAD)));
        feedback.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        AccountFixtures.Login operator = accounts.user(Roles.AGENCY_OPERATOR, a.agency(), a.agreement());
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(UploadWorkbooks.victim(FeedbackArrangements.NADIA, "B-" + i, "01-03-2026"));
        }
        rows.add(UploadWorkbooks.victim(FeedbackArrangements.NADIA, "B-late", "31-02-2026"));
        Path file = Files.createTempFile("data-balikan-", ".xlsx");
        Files.write(file, UploadWorkbooks.victims(rows));

        signIn(operator.user(), operator.password());
        open("/portal/operator/feedback/upload");
        assertThat(browser().findElement(By.id("template")).getAttribute("href")).endsWith("/portal/operator/feedback/upload/template");
        Browser.document("feedback-upload", "id");
        browser().findElement(By.id("file")).sendKeys(file.toString());
        send(By.id("upload-submit"));

        assertThat(path()).startsWith("/portal/operator/feedback/upload/");
        Browser.await(By.id("upload-bar"));
        new WebDriverWait(browser(), Duration.ofMinutes(2))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-errors")));
        assertThat(text(By.id("upload-status"))).isEqualTo("Selesai");
        assertThat(text(By.id("upload-accepted"))).isEqualTo("3000");
        assertThat(text(By.id("upload-refused"))).isEqualTo("1");
        assertThat(browser().findElement(By.id("upload-bar")).getAttribute("value")).isEqualTo("100");
        Browser.document("feedback-upload-done", "id");

        String id = path().substring(path().lastIndexOf('/') + 1);
        Upload upload = uploads.find(a.agency(), id).orElseThrow();
        assertThat(upload.errorWorkbook()).isTrue();
        assertThat(browser().findElement(By.id("upload-errors")).getAttribute("href")).endsWith("/" + id + "/errors");

        // a reload (here in English) shows the finished job again
        language("en");
        assertThat(text(By.id("upload-status"))).isEqualTo("Done");
        Browser.document("feedback-upload-done", "en");
        open("/portal/operator/feedback/upload");
        assertThat(text(By.id("uploads"))).contains(file.getFileName().toString());
        Files.deleteIfExists(file);
    }
}
