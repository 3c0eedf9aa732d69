package id.gerbang.access.internal;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether data calls are taken: only once Spring Boot says the application accepts traffic, which
 * it says after every {@code ApplicationRunner} has run, the demo population among them (issue 13
 * point 13, ADR 0059). Before that a call is answered {@code 08} / 503 without authentication,
 * register or quota, and logged. A map lookup per call.
 */
@Component
public class Readiness {

    private final ApplicationAvailability availability;

    Readiness(ApplicationAvailability availability) {
        this.availability = availability;
    }

    public boolean acceptsCalls() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
