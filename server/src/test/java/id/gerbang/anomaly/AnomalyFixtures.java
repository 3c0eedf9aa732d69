package id.gerbang.anomaly;

import id.gerbang.anomaly.internal.AnomalyScan;
import org.springframework.context.ApplicationContext;

/** What other modules' tests may do to the anomaly module: run the scan now (tests turn its schedule off). */
public final class AnomalyFixtures {

    private AnomalyFixtures() {
    }

    /** Runs one scan of the access log written so far, as the scheduled job would. */
    public static void scanNow(ApplicationContext context) {
        context.getBean(AnomalyScan.class).runOnce();
    }
}
