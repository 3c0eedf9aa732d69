package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry administrator's console in a real browser (issue 17): an agreement from an agency's
 * registration through draft, activation, addendum and suspension to termination; each kind of
 * approval in the one inbox, with the one-time secrets shown once; a user unlocked and its password
 * reset. Writes the screenshots {@code docs/portal/registry-*-{id,en}.png}.
 */
class RegistryConsoleBrowserTests extends BrowserTest {

    @Autowired PortalFixtures fixtures;
    @Autowired Agreements agreements;
    @Autowired UserApplications applications;
    @Autowired IpRegistrations ips;
    @Autowired IncreaseRequests increases;
    @Autowired Accounts accounts;

    AccountFixtures.Login admin;

    @BeforeEach
    void signInAsRegistryAdministrator() {
        admin = fixtures.registryAdmin();
        signIn(admin.user(), admin.password());
        Browser.await(By.cssSelector(".user__meta"));
        assertPath("/portal");
    }

    void fill(String id, String value) {
        type(By.id(id), value);
    }

    void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];",
                browser().findElement(By.id(id)), value.toString());
    }

    void submit(String formId) {
        send(By.cssSelector("#" + formId + " button[type=submit]"));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void anAgreementGoesFromDraftToActiveToAddendumToTermination() {
        assertThat(text(By.tagName("main"))).contains("Persetujuan").contains("Instansi").contains("Perjanjian")
                .contains("Pengguna");
        open("/portal/registry/agencies");
        assertThat(text(By.tagName("h1"))).isEqualTo("Instansi pengguna");
        submit("agency-form");
        assertThat(text(By.id("error-summary"))).contains("Nama instansi").contains("Kode wilayah");
        String name = "Dinas Uji Konsol " + AccountFixtures.unique("k");
        fill("name", name);
        fill("address", "Jalan Uji No. 17, Bandung");
        fill("regionCode", "3273");
        submit("agency-form");
        assertThat(text(By.id("error-summary"))).as("the module's own region-code rule").contains("Kode wilayah");
        fill("regionCode", "32.73");
        fill("contact1Name", "Kepala Seksi Uji");
        fill("contact1Position", "Kepala Seksi Data");
        fill("contact1Phone", "nomor");
        submit("agency-form");
        assertThat(browser().findElement(By.id("contact1Phone")).getAttribute("aria-invalid")).isEqualTo("true");
        fill("contact1Phone", "022-7654321");
        submit("agency-form");
        assertThat(text(By.id("notice"))).contains(name);
        assertThat(path()).startsWith("/portal/registry/agreements/new?agencyId=");

        String number = "470/" + AccountFixtures.unique("") + "/Disdukcapil";
        fill("registryNumber", number);
        fill("agencyNumber", "119/UJI/PHA");
        fill("signedPlace", "Bandung");
        fill("purpose", "Verifikasi dan validasi data korban kekerasan terhadap perempuan dan anak");
        fill("agencyCode", AccountFixtures.unique("UJI_"));
        browser().findElement(By.id("element-PNYDNG_CCT")).click();
        ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0);");
        Browser.document("registry-agreement-form", "id");
        submit("agreement-form");
        assertThat(text(By.id("error-summary"))).as("a protected element without a reason, as the API refuses it")
                .contains("PNYDNG_CCT").contains("alasan").doesNotContain("Nomor PKS");
        browser().findElement(By.id("element-PNYDNG_CCT")).click();
        fill("approvalNumber", "470/12219/Dukcapil");
        date("approvalDate", today().minusDays(20));
        submit("agreement-form");
        assertThat(text(By.id("notice"))).contains(number);
        assertThat(text(By.id("agreement-status"))).isEqualTo("Draf");

        submit("action-activate");
        assertThat(text(By.id("agreement-status"))).isEqualTo("Berlaku");
        assertThat(text(By.id("terms-quota"))).isEqualTo("100");

        fill("number", "ADD-1/" + number);
        fill("note", "Kenaikan kuota");
        fill("dailyQuota", "250");
        submit("addendum-form");
        assertThat(text(By.id("notice"))).contains("ADD-1/");
        assertThat(text(By.id("terms-quota"))).isEqualTo("250");
        assertThat(text(By.id("terms-history"))).contains("ADD-1/").contains("Adendum");

        date("date", today().minusDays(1));
        submit("terms-date");
        assertThat(text(By.id("no-terms"))).as("not yet recorded yesterday").contains("belum tercatat");

        open("/portal/registry/agreements?agencyId=" + agencyIdFromList(number));
        browser().findElement(By.linkText(number)).click();
        Browser.await(By.id("action-suspend"));
        submit("action-suspend");
        assertThat(text(By.id("error-summary"))).as("a reason is required").isNotEmpty();
        fill("reason-suspend", "Laporan semester terlambat");
        submit("action-suspend");
        assertThat(text(By.id("agreement-status"))).isEqualTo("Ditangguhkan");
        fill("reason-terminate", "Kewajiban data balikan tidak dipenuhi");
        submit("action-terminate");
        assertThat(text(By.id("agreement-status"))).isEqualTo("Diakhiri");
        assertThat(text(By.id("status-history"))).contains("Kewajiban data balikan tidak dipenuhi")
                .contains("Laporan semester terlambat");
        assertThat(browser().findElements(By.id("addendum-form"))).isEmpty();
        Browser.document("registry-agreement", "id");
        language("en");
        assertThat(text(By.id("agreement-status"))).isEqualTo("Terminated");
        Browser.document("registry-agreement", "en");
        open("/portal/registry/agencies?q=" + name.replace(' ', '+'));
        assertThat(text(By.id("agencies"))).contains("Kepala Seksi Uji, Kepala Seksi Data, 022-7654321");
        open("/portal/registry/agencies");
        Browser.document("registry-agencies", "en");
        language("id");
        Browser.document("registry-agencies", "id");
    }

    private String agencyIdFromList(String number) {
        return agreements.list(AgreementStatus.ACTIVE, null, 0, 500).items().stream()
                .filter(a -> a.registryNumber().equals(number)).findFirst().orElseThrow().agencyId().value() + "";
    }

    @Test
    void eachKindOfRequestIsApprovedOrRejectedFromTheOneInbox() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login agencyAdmin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        Actor actor = new Actor(agencyAdmin.user(), Roles.AGENCY_ADMIN, agency.id());
        UserApplication application = applications.submit(actor, new UserApplications.Form(null, null,
                Roles.AGENCY_OPERATOR, "3273014107900001", "Pemohon Kotak Masuk", null,
                UserApplication.EmploymentStatus.HONORER, "Pendamping", "32.73", "UPTD PPA", "Jalan Uji No. 5",
                AccountFixtures.unique("lokal.")));
        IpRegistration ip = ips.request(actor, null, "10.77.66.0/29", "Kantor Kotak Masuk", "Jalan Uji No. 6");
        IpRegistration otherIp = ips.request(actor, null, "10.77.67.0/29", "Kantor Ditolak", "Jalan Uji No. 7");
        byte[] pdf = "%PDF-1.4\nxxxxxxxxxxxxxxxxxxxx\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        IncreaseRequest quota = increases.submitWithStudy(actor, agency.agreement(), 400, today().plusDays(1),
                "Layanan UPTD bertambah", "kajian-kotak.pdf", new ByteArrayInputStream(pdf));

        open("/portal/registry/approvals");
        assertThat(text(By.tagName("h1"))).isEqualTo("Kotak persetujuan");
        assertThat(text(By.id("application-" + application.id()))).contains("Pemohon Kotak Masuk");
        assertThat(text(By.id("quota-" + quota.id()))).contains("kajian-kotak.pdf").contains("100 menjadi 400");
        var cards = browser().findElements(By.cssSelector("article[data-kind]"));
        int applicationAt = indexOf(cards, "application-" + application.id());
        int quotaAt = indexOf(cards, "quota-" + quota.id());
        assertThat(applicationAt).as("oldest first").isLessThan(quotaAt);
        Browser.document("registry-approvals", "id");

        submit("approve-application-" + application.id());
        assertThat(path()).as("the secrets are in the approval's answer, not behind a redirect")
                .isEqualTo("/portal/registry/approvals/applications/" + application.id() + "/approve");
        String issued = text(By.id("secret-user"));
        assertThat(text(By.id("secret-password"))).hasSizeGreaterThanOrEqualTo(12);
        Browser.document("registry-secrets", "id");
        send(By.linkText("Selesai"));
        assertThat(browser().findElements(By.id("application-" + application.id()))).isEmpty();
        assertThat(accounts.find(id.gerbang.account.UserId.of(issued))).isPresent();

        submit("approve-ip-" + ip.id());
        assertThat(text(By.id("notice"))).contains("IP " + ip.id() + " disetujui");
        fill("reason-ip-" + otherIp.id(), "Alamat di luar jaringan tertutup");
        submit("reject-ip-" + otherIp.id());
        assertThat(text(By.id("notice"))).contains(otherIp.id() + " ditolak");
        assertThat(ips.find(actor, otherIp.id()).decisionReason()).isEqualTo("Alamat di luar jaringan tertutup");

        fill("reference-" + quota.id(), "ADD-KUOTA/" + quota.id());
        submit("approve-quota-" + quota.id());
        assertThat(text(By.id("notice"))).contains("Kenaikan kuota " + quota.id() + " disetujui");
        assertThat(increases.find(actor, quota.id()).status()).isEqualTo(IncreaseRequest.Status.APPROVED);
        assertThat(ips.find(actor, ip.id()).status()).isEqualTo(IpRegistration.Status.ACTIVE);
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Approvals inbox");
        Browser.document("registry-approvals", "en");
        language("id");
    }

    private static int indexOf(java.util.List<org.openqa.selenium.WebElement> cards, String id) {
        for (int i = 0; i < cards.size(); i++) {
            if (id.equals(cards.get(i).getAttribute("id"))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aLockedUserIsUnlockedAndItsPasswordReset() throws Exception {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency);
        InetAddress source = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 5; i++) {
            accounts.authenticate(operator.user(), "salah-" + i, source);
        }
        assertThat(accounts.authenticate(operator.user(), operator.password(), source).outcome())
                .isEqualTo(AuthenticationOutcome.LOCKED);

        open("/portal/registry/users?q=" + operator.user());
        assertThat(text(By.id("users"))).contains(operator.user()).contains("Terkunci");
        Browser.document("registry-users", "id");
        browser().findElement(By.linkText(operator.user())).click();
        Browser.await(By.id("account-locked"));
        fill("reason-unlock", "Pengguna menelepon, identitas dicek");
        submit("action-unlock");
        assertThat(text(By.id("notice"))).isEqualTo("Kunci akun dibuka.");
        assertThat(browser().findElements(By.id("account-locked"))).isEmpty();
        Browser.document("registry-user", "id");

        fill("reason-reset-password", "Lupa kata sandi");
        submit("action-reset-password");
        assertThat(text(By.id("secret-user"))).isEqualTo(operator.user());
        String password = text(By.id("secret-password"));
        assertThat(accounts.authenticate(operator.user(), password, source).outcome())
                .isEqualTo(AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED);
        open("/portal/registry/users/" + operator.user());
        language("en");
        assertThat(text(By.id("account"))).contains("Must change password");
        Browser.document("registry-user", "en");
        language("id");
    }

    @Test
    void everyConsolePageIsUsableAt360PixelsWideWithoutSidewaysScrolling() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login operator = fixtures.user(Roles.AGENCY_OPERATOR, agency);
        at360Pixels(() -> {
            java.util.List<String> tooWide = pagesTooWide(java.util.List.of("/portal/registry/agencies", "/portal/registry/agreements",
                    "/portal/registry/agreements/new", "/portal/registry/agreements/" + agency.agreement().value(),
                    "/portal/registry/approvals", "/portal/registry/users", "/portal/registry/users/" + operator.user()));
            assertThat(tooWide).as("console pages wider than a 360 px screen").isEmpty();
        });
    }
}
