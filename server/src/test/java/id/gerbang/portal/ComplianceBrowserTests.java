package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.common.Roles;
import id.gerbang.report.Finding;
import id.gerbang.report.Findings;
import id.gerbang.report.SemesterReports;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's evaluation in a real browser: the registry administrator records a finding on a
 * semester report (told first what is missing), opens the compliance status and the agency's page
 * with its actions; the page fits a 360 px screen. Writes the screenshots
 * {@code report-findings-*}, {@code compliance-*}, {@code evaluation-*}.
 */
class ComplianceBrowserTests extends BrowserTest {

    @Autowired PortalFixtures fixtures;
    @Autowired SemesterReports reports;
    @Autowired Findings findings;

    @Test
    void theRegistryAdministratorRecordsAFindingAndReadsTheComplianceStatus() {
        PortalFixtures.Agency agency = fixtures.agency();
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, agency);
        long id = reports.current(new Actor(admin.user(), Roles.AGENCY_ADMIN, agency.id())).id();
        AccountFixtures.Login registry = fixtures.registryAdmin();
        findings.recordOnAgency(new Actor(registry.user(), Roles.REGISTRY_ADMIN, null), agency.id(),
                new Findings.Draft(Finding.Kind.LATE_REPORT, Finding.Severity.MEDIUM,
                        "Laporan semester sebelumnya dikirim 20 hari setelah batas waktu.", null,
                        "Kirim laporan berikutnya tepat waktu."));

        signIn(registry.user(), registry.password());
        open("/portal/registry/reports/" + id);
        send(By.id("finding-add"));
        assertThat(text(By.id("error-summary"))).contains("Temuan belum lengkap");
        new Select(browser().findElement(By.id("kind"))).selectByValue("DATA_BALIKAN");
        new Select(browser().findElement(By.id("severity"))).selectByValue("HIGH");
        type(By.id("evidence"), "Kepatuhan data balikan 41% (Juli-September); 312 NIK tanpa data balikan.");
        type(By.id("evidenceLink"), "/portal/registry/log?agency=" + agency.id().value());
        type(By.id("followUp"), "Kirim data balikan yang tertunda dalam 14 hari.");
        send(By.id("finding-add"));
        assertThat(text(By.id("notice"))).contains("tercatat");
        assertThat(text(By.id("findings"))).contains("Data balikan tidak dikirim", "Tinggi", "Terbuka");
        Browser.document("report-findings", "id");

        open("/portal/registry/compliance");
        assertThat(text(By.id("agency-" + agency.id().value()))).contains("Tidak patuh");
        Browser.document("compliance", "id");
        open("/portal/registry/compliance/" + agency.id().value());
        assertThat(text(By.id("compliance-facts"))).contains("Tidak patuh");
        Browser.document("compliance-agency", "id");
        language("en");
        assertThat(text(By.id("compliance-facts"))).contains("Not compliant");
        Browser.document("compliance-agency", "en");
        open("/portal/registry/compliance");
        Browser.document("compliance", "en");
        open("/portal/registry/reports/" + id);
        Browser.document("report-findings", "en");
        open("/portal/registry/evaluation");
        Browser.document("evaluation", "en");
        language("id");
        open("/portal/registry/evaluation");
        assertThat(browser().findElements(By.id("evaluation-pdf"))).hasSize(1);
        Browser.document("evaluation", "id");

        at360Pixels(() -> {
            for (String page : List.of("/portal/registry/compliance/" + agency.id().value(), "/portal/registry/reports/" + id)) {
                open(page);
                Browser.await(By.tagName("h1"));
                assertThat(sidewaysOverflow()).as(page + " wider than 360 px").isLessThanOrEqualTo(0);
            }
            open("/portal/registry/compliance/" + agency.id().value());
            Browser.document("compliance-agency-360", "id");
        });
    }
}
