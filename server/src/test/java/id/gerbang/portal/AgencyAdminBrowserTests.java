package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency administrator's pages in a real browser, each main flow: user-ID applications (error
 * summary, submission, status and history, withdrawal), IP registration, a quota-increase request
 * with its technical study, deactivating a user, the agreements, and the usage chart.
 */
class AgencyAdminBrowserTests extends BrowserTest {

    @Autowired PortalFixtures fixtures;
    @Autowired AccountFixtures accounts;
    @Autowired IncreaseRequests increases;
    @Autowired IpRegistrations ips;
    @Autowired AccessLog accessLog;

    PortalFixtures.Agency agency;
    AccountFixtures.Login admin;

    @BeforeEach
    void signInAsAgencyAdministrator() {
        agency = fixtures.agency();
        admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        signIn(admin.user(), admin.password());
        Browser.await(By.cssSelector(".user__meta"));
        assertPath("/portal");
    }

    void fill(String id, String value) {
        type(By.id(id), value);
    }

    void submit(String formId) {
        send(By.cssSelector("#" + formId + " button[type=submit]"));
    }

    @Test
    void aUserIdApplicationIsCheckedSubmittedFollowedAndWithdrawn() {
        open("/portal/admin/applications");
        assertThat(text(By.tagName("h1"))).isEqualTo("Permohonan user ID");
        Browser.document("admin-applications", "id");
        fill("nik", "12345");
        fill("fullName", "Pemohon Sintetis");
        submit("application-form");
        WebElement summary = Browser.await(By.id("error-summary"));
        assertThat(summary.getText()).contains("Nomor Induk Kependudukan (NIK)").contains("Jabatan");
        assertThat(browser().findElement(By.id("nik")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Pemohon Sintetis");
        summary.findElement(By.cssSelector("a[href='#nik']")).click();
        assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("nik");
        Browser.document("admin-applications-errors", "id");

        fill("nik", "3273014107900001");
        fill("nip", "199001012015032001");
        fill("position", "Pengelola Data");
        fill("officeRegionCode", "32.73");
        fill("officeName", "Bidang Perlindungan Anak");
        fill("officeAddress", "Jalan Uji No. 2, Bandung");
        fill("localUserId", "pemohon.uji");
        submit("application-form");
        assertThat(text(By.id("notice"))).startsWith("Permohonan ").endsWith(" diajukan.");
        assertThat(path()).matches("/portal/admin/applications/\\d+");
        assertThat(text(By.id("application-status"))).isEqualTo("Diajukan");
        assertThat(text(By.id("application"))).contains("3273014107900001").contains("32.73").contains("pemohon.uji");
        assertThat(browser().findElements(By.cssSelector("#history tbody tr"))).hasSize(1);
        Browser.document("admin-application", "id");

        fill("reason", "Pegawai dimutasi");
        submit("withdraw-form");
        assertThat(text(By.id("application-status"))).isEqualTo("Ditarik");
        assertThat(browser().findElements(By.cssSelector("#history tbody tr"))).hasSize(2);
        assertThat(text(By.id("history"))).contains("Pegawai dimutasi");
        assertThat(browser().findElements(By.id("withdraw-form"))).isEmpty();

        open("/portal/admin/applications");
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("User-ID applications");
        assertThat(text(By.id("applications"))).contains("Pemohon Sintetis").contains("Withdrawn");
        Browser.document("admin-applications", "en");
        language("id");
    }

    @Test
    void anIpIsRequestedWithTheThreeFieldsAndTheRegisteredAddressesAreListed() {
        open("/portal/admin/ips");
        assertThat(text(By.id("registered"))).contains("127.0.0.1");
        submit("ip-form");
        assertThat(text(By.id("error-summary"))).contains("IP komputer server/klien");
        fill("address", "10.20.30.0/28");
        fill("officeName", "UPTD PPA Kota Uji");
        fill("officeAddress", "Jalan Uji No. 3");
        submit("ip-form");
        assertThat(text(By.id("notice"))).isEqualTo("Pendaftaran 10.20.30.0/28 diajukan.");
        assertThat(text(By.id("registrations"))).contains("10.20.30.0/28").contains("UPTD PPA Kota Uji").contains("Diajukan");
        assertThat(text(By.id("registered"))).doesNotContain("10.20.30.0/28");
        Browser.document("admin-ips", "id");
        language("en");
        assertThat(text(By.id("registrations"))).contains("Requested");
        Browser.document("admin-ips", "en");
        language("id");
        IpRegistration pending = ips.list(new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id()), null,
                IpRegistration.Status.REQUESTED).getFirst();
        send(By.cssSelector("form[action$='/ips/" + pending.id() + "/withdraw'] button"));
        assertThat(text(By.id("registrations"))).contains("Ditarik");
    }

    @Test
    void aQuotaIncreaseIsRequestedWithItsTechnicalStudyAndARenamedNonPdfIsRefused(@TempDir Path dir) throws Exception {
        Path notPdf = dir.resolve("kajian.pdf");
        Files.writeString(notPdf, "<html><body>bukan PDF</body></html>");
        Path study = dir.resolve("Kajian Teknis.pdf");
        byte[] pdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(study, pdf);
        open("/portal/admin/quota");
        fill("requestedQuota", "500");
        fill("effectiveFrom", "");
        browser().findElement(By.id("effectiveFrom")).sendKeys(java.time.LocalDate.now().plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        fill("reason", "Verifikasi massal penerima bantuan");
        browser().findElement(By.id("study")).sendKeys(notPdf.toString());
        submit("quota-form");
        assertThat(text(By.id("error-summary"))).contains("bukan PDF");
        assertThat(increases.list(new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id()), null, null))
                .as("no request without its study").isEmpty();

        browser().findElement(By.id("study")).sendKeys(study.toString());
        submit("quota-form");
        assertThat(text(By.id("notice"))).startsWith("Permohonan penambahan kuota ");
        assertThat(text(By.id("requests"))).contains("500").contains("Kajian_Teknis.pdf").contains("Diajukan");
        IncreaseRequest saved = increases.list(new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id()), null, null)
                .getFirst();
        assertThat(increases.study(new Actor("auditor", Roles.REGISTRY_AUDITOR, null), saved.id()).orElseThrow()
                .content()).isEqualTo(pdf);
        Browser.document("admin-quota", "id");
        language("en");
        Browser.document("admin-quota", "en");
        language("id");
    }

    @Test
    void aUserWhoLeftIsDeactivated() {
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency);
        open("/portal/admin/users");
        WebElement row = Browser.await(By.cssSelector("tr[data-user='" + operator.user() + "']"));
        assertThat(row.getText()).contains("Aktif");
        assertThat(browser().findElements(By.cssSelector("tr[data-user='" + admin.user() + "'] form")))
                .as("no button to deactivate oneself").isEmpty();
        Browser.document("admin-users", "id");
        fill("reason-" + operator.user(), "Pindah tugas");
        Browser.clickAndLeave(row.findElement(By.cssSelector("button")));
        assertThat(text(By.id("notice"))).isEqualTo("User ID " + operator.user() + " dinonaktifkan.");
        assertThat(text(By.cssSelector("tr[data-user='" + operator.user() + "']"))).contains("Nonaktif");
        language("en");
        Browser.document("admin-users", "en");
        language("id");
    }

    @Test
    void theAgreementsShowTermsElementsChannelsValidityAndDaysToExpiry() {
        open("/portal/admin/agreements");
        WebElement card = Browser.await(By.cssSelector("[data-agreement='" + agency.agreement().value() + "']"));
        assertThat(card.getText()).contains("Portal web").contains("hari lagi").contains("100").contains("NIK");
        Browser.document("admin-agreements", "id");
        language("en");
        assertThat(text(By.cssSelector("[data-agreement='" + agency.agreement().value() + "']"))).contains("days");
        Browser.document("admin-agreements", "en");
        language("id");
    }

    @Test
    void theUsageChartIsDrawnFromTheAgencysOwnCalls() {
        String user = "op." + ThreadLocalRandom.current().nextInt(1_000_000);
        for (AccessOutcome outcome : List.of(AccessOutcome.FOUND, AccessOutcome.FOUND, AccessOutcome.NOT_FOUND)) {
            accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP, outcome)
                    .time(Instant.now()).agencyId(agency.id().value()).agreementId(agency.agreement().value())
                    .userId(user).sourceIp("127.0.0.1").nik(3273019999000000L + ThreadLocalRandom.current().nextInt(1_000_000))
                    .purpose("kasus uji").elements(List.of()).build());
        }
        open("/portal/admin/usage");
        Browser.await(By.cssSelector("#chart-outcome[data-drawn='2'] canvas"));
        Browser.await(By.cssSelector("#chart-user[data-drawn='1'] canvas"));
        assertThat(text(By.id("chart-heading"))).contains("(jumlah 3)");
        assertThat(browser().findElement(By.id("chart-user")).getText()).contains(user);
        assertThat(browser().findElements(By.cssSelector("#quota-today progress"))).hasSize(1);
        Browser.document("admin-usage", "id");
        language("en");
        Browser.await(By.cssSelector("#chart-outcome[data-drawn='2'] canvas"));
        assertThat(text(By.id("chart-heading"))).contains("(3 in all)");
        Browser.document("admin-usage", "en");
        language("id");
    }

    @Test
    void everyAdministratorPageIsUsableAt360PixelsWideWithoutSidewaysScrolling() {
        at360Pixels(() -> {
            List<String> tooWide = pagesTooWide(List.of("/portal/admin/usage", "/portal/admin/applications", "/portal/admin/ips",
                    "/portal/admin/quota", "/portal/admin/users", "/portal/admin/agreements"));
            assertThat(tooWide).as("pages wider than a 360 px screen").isEmpty();
            open("/portal/admin/usage");
            Browser.await(By.cssSelector("#chart-outcome canvas"));
            Browser.document("admin-usage-360", "id");
        });
    }
}
