package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.Channel;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogQuery;
import id.gerbang.audit.AccessLogSearch;
import id.gerbang.audit.AccessLogView;
import id.gerbang.audit.Viewer;
import id.gerbang.common.Roles;
import id.gerbang.registry.RecordStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency operator's pages in a real browser: Cek NIK for every kind of answer, Verifikasi,
 * Riwayat saya, and the access log's entries with channel WEB_PORTAL.
 */
class OperatorBrowserTests extends BrowserTest {

    static final String RATNA = AccessArrangements.RATNA;
    static final String HENDRA = AccessArrangements.HENDRA;
    static final String UNKNOWN = "3204100101990001";

    @Autowired
    PortalFixtures fixtures;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    AccessLogSearch log;

    @BeforeEach
    void family() {
        arrangements.family(RecordStatus.ACTIVE);
    }

    void lookup(String nik, String purpose) {
        open("/portal/operator/lookup");
        type(By.id("nik"), nik);
        type(By.id("purpose"), purpose);
        send(By.cssSelector("#lookup-form button[type=submit]"));
    }

    AccountFixtures.Login operatorOf(PortalFixtures.Agency agency) {
        return fixtures.user(Roles.AGENCY_OPERATOR, agency);
    }

    @Test
    void aFoundLookupShowsTheGrantedElementsOnceWithAWatermarkAndIsLoggedAsWebPortal() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login operator = operatorOf(agency);
        signIn(operator.user(), operator.password());
        lookup(HENDRA, "Kasus 12/PPA/2026");
        assertThat(text(By.id("el-NAMA_LGKP"))).isEqualTo("HENDRA GUNAWAN SAPUTRA");
        assertThat(browser().findElement(By.id("result-elements")).getText()).contains("Nama lengkap", "Tanggal lahir");
        assertThat(text(By.id("result-stamp"))).contains(operator.user());
        assertThat(browser().findElement(By.id("nik")).getAttribute("autocomplete")).isEqualTo("off");
        assertThat(browser().findElements(By.partialLinkText("Ekspor"))).isEmpty();
        Browser.document("lookup-result", "id");
        // shown once: opening the page again shows the empty form
        open("/portal/operator/lookup");
        assertThat(browser().findElements(By.id("lookup-result"))).isEmpty();

        List<AccessLogView> entries = log.search(new AccessLogQuery(agency.id().value(), operator.user(), null, null,
                null, null, null, null, 10), Viewer.registryAdministrator("test")).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().channel()).isEqualTo(AccessChannel.WEB_PORTAL.name());
        assertThat(entries.getFirst().outcome()).isEqualTo("FOUND");
        assertThat(entries.getFirst().purpose()).isEqualTo("Kasus 12/PPA/2026");
        assertThat(entries.getFirst().sourceIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

        open("/portal/operator/history");
        assertThat(text(By.id("history"))).contains("320410", "Kasus 12/PPA/2026", "Cek NIK")
                .doesNotContain(HENDRA);
        assertThat(text(By.id("agreement-meter"))).contains("Terpakai 1 dari 100; sisa 99.");
        Browser.document("history", "id");
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("My history");
        Browser.document("history", "en");
        language("id");
    }

    @Test
    void refusalsAreShownInIndonesianWithTheirCodes() {
        PortalFixtures.Agency agency = fixtures.agency(Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL), 3,
                PortalFixtures.LOCAL);
        AccountFixtures.Login operator = operatorOf(agency);
        signIn(operator.user(), operator.password());
        lookup(UNKNOWN, "Kasus A");
        assertThat(text(By.id("refusal-code"))).isEqualTo("13 · NOT_FOUND");
        assertThat(text(By.id("refusal"))).contains("Data tidak ditemukan");
        Browser.document("lookup-refused", "id");
        arrangements.ratnaStatus(RecordStatus.DECEASED);
        lookup(RATNA, "Kasus B");
        assertThat(text(By.id("refusal-code"))).isEqualTo("11 · DECEASED");
        assertThat(browser().findElements(By.id("result-elements"))).isEmpty();
        lookup("1234", "Kasus C");
        assertThat(text(By.id("refusal-code"))).isEqualTo("15 · NIK_FORMAT_INVALID");
        lookup(HENDRA, "Kasus D"); // the third unit of three
        assertThat(text(By.id("el-NAMA_LGKP"))).isEqualTo("HENDRA GUNAWAN SAPUTRA");
        lookup(HENDRA, "Kasus E");
        assertThat(text(By.id("refusal-code"))).isEqualTo("05 · QUOTA_EXHAUSTED_AGREEMENT");
        open("/portal/operator/history");
        assertThat(text(By.id("agreement-meter"))).contains("Terpakai 3 dari 3; sisa 0.");
    }

    @Test
    void anUnregisteredAddressAndAChannelNotGrantedAreRefusedBeforeTheRegister() {
        AccountFixtures.Login elsewhere = operatorOf(fixtures.agency(Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL), 100,
                List.of("10.20.30.40")));
        signIn(elsewhere.user(), elsewhere.password());
        lookup(HENDRA, "Kasus F");
        assertThat(text(By.id("refusal-code"))).isEqualTo("04 · IP_NOT_REGISTERED");
        send(By.cssSelector(".signout button"));

        AccountFixtures.Login serviceOnly = operatorOf(fixtures.agency(Set.of(Channel.WEB_SERVICE), 100, PortalFixtures.LOCAL));
        signIn(serviceOnly.user(), serviceOnly.password());
        lookup(HENDRA, "Kasus G");
        assertThat(text(By.id("refusal-code"))).isEqualTo("19 · CHANNEL_NOT_ALLOWED");
        assertThat(text(By.id("refusal"))).contains("Kanal");
    }

    @Test
    void aLookupNeedsAPurpose() {
        AccountFixtures.Login operator = operatorOf(fixtures.agency());
        signIn(operator.user(), operator.password());
        open("/portal/operator/lookup");
        type(By.id("nik"), HENDRA);
        // the browser's own check is skipped, so the server's answer is seen
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript(
                "document.getElementById('lookup-form').noValidate = true;");
        send(By.cssSelector("#lookup-form button[type=submit]"));
        assertThat(text(By.id("error-summary"))).contains("Keperluan wajib diisi.");
        open("/portal/operator/history");
        assertThat(text(By.id("history"))).contains("Belum ada akses hari ini.");
    }

    @Test
    void verificationAnswersSesuaiOrTidakSesuaiWithAScore() {
        AccountFixtures.Login operator = operatorOf(fixtures.agency());
        signIn(operator.user(), operator.password());
        open("/portal/operator/verify");
        type(By.id("nik"), HENDRA);
        type(By.id("el_NAMA_LGKP"), "Hendra Gunawan Saputra");
        type(By.id("el_TMPT_LHR"), "SURABAYA");
        type(By.id("purpose"), "Kasus V");
        send(By.cssSelector("#verify-form button[type=submit]"));
        assertThat(text(By.id("verdict-NAMA_LGKP"))).contains("Sesuai").doesNotContain("Tidak");
        assertThat(text(By.id("verdict-TMPT_LHR"))).contains("Tidak Sesuai");
        Browser.document("verification", "id");
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Verification");
        language("id");
    }
}
