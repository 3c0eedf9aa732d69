package id.gerbang.common;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read replica in {@code /actuator/health} ({@code replica}): always UP, because a node whose
 * replica is down or behind serves every read from the primary; the details say which is in use.
 * Not part of the readiness group (docs/cluster.md).
 */
@Component("replica")
class ReplicaHealth implements HealthIndicator {

    private final ReplicaReads reads;

    ReplicaHealth(ReplicaReads reads) {
        this.reads = reads;
    }

    @Override
    public Health health() {
        if (!reads.configured()) {
            return Health.up().withDetail("replica", "none").build();
        }
        Duration lag = reads.lag();
        return Health.up().withDetail("inUse", reads.replicaInUse())
                .withDetail("lagMillis", lag == null ? -1 : lag.toMillis()).build();
    }
}
