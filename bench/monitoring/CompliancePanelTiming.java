import id.gerbang.GerbangApplication;
import id.gerbang.account.Actor;
import id.gerbang.common.Roles;
import id.gerbang.report.Compliance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monitoring dashboard's compliance panel with the demo data (bench/monitoring/README.md): starts
 * the application as the quick start does (the embedded H2 database under ./data/, with the demo data:
 * delete ./data/ afterwards), then times what the panel calls, {@code Compliance.status}, 20 times after a warm-up:
 * median and worst.
 */
public class CompliancePanelTiming {

    public static void main(String[] args) {
        int status = 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args)) {
            Compliance compliance = context.getBean(Compliance.class);
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
}
