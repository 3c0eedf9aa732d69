import id.gerbang.GerbangApplication;
import id.gerbang.account.Actor;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.report.Compliance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monitoring dashboard's compliance panel with the demo data (bench/monitoring/README.md): starts
 * the application as the quick start does (the embedded H2 database under ./data/, with the demo data:
 * delete ./data/ afterwards), then times what the panel calls, {@code Compliance.status}, 20 times after a warm-up:
 * median and worst. {@code -Dbench.agencies=N} first registers N more agencies, each with an active
 * agreement, through the agreement module's API (about how many a province's registry serves).
 */
public class CompliancePanelTiming {

    public static void main(String[] args) {
        int status = 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args)) {
            Compliance compliance = context.getBean(Compliance.class);
            int more = Integer.getInteger("bench.agencies", 0);
            if (more > 0) {
                long t0 = System.nanoTime();
                addAgencies(context, more);
                System.out.printf(Locale.ROOT, "SETUP   %d agencies with an active agreement registered in %.1f s%n", more,
                        (System.nanoTime() - t0) / 1e9);
            }
            Actor registry = new Actor("bench", Roles.REGISTRY_AUDITOR, null);
            for (int i = 0; i < 5; i++) {
                compliance.status(registry);
            }
            List<Double> ms = new ArrayList<>();
            int agencies = 0;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                agencies = compliance.status(registry).size();
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "PANEL   Compliance.status over %d agencies: median %.1f ms, worst %.1f ms%n",
                    agencies, ms.get(ms.size() / 2), ms.getLast());
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    static void addAgencies(ConfigurableApplicationContext context, int count) {
        Agencies agencies = context.getBean(Agencies.class);
        Agreements agreements = context.getBean(Agreements.class);
        LocalDate today = JakartaTime.today(context.getBean(Clock.class));
        for (int i = 0; i < count; i++) {
            String n = String.format(Locale.ROOT, "%04d", i);
            AgencyId agency = agencies.register(new AgencyDetails("Dinas Bangku " + n, AgencyKind.PROVINCIAL_OFFICE,
                    "Jalan Bangku No. " + n, "32.73"), "bench").id();
            AgreementId agreement = agreements.create(new AgreementDraft(agency, "470/B" + n + "/Disdukcapil",
                    "119/B" + n + "/BANGKU", today.minusDays(1), "Bandung", today.minusDays(1), today.plusYears(1),
                    new ApprovalLetter("470/B" + n + "/Dukcapil", today.minusDays(2)), "Bangku uji",
                    PurposeCategory.PUBLIC_SERVICE, ElementGrant.of(ElementGrant.TEMPLATE_ELEMENTS, "uji"),
                    EnumSet.of(Channel.WEB_SERVICE), FeedbackObligations.NONE, 1000,
                    CompatibilitySettings.defaults("BANGKU_" + n), ServiceTerms.DEFAULT), "bench").id();
            agreements.activate(agreement, "bench", "bench");
        }
    }
}
