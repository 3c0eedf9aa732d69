package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;

/**
 * Issue 20: {@code /actuator/health/readiness}, the load balancer's probe, depends on the primary
 * database ({@code db}) and not on the read replica, whose absence only moves reads to the primary.
 */
@IntegrationTest
class ClusterReadinessTests {

    @Autowired HealthEndpointGroups groups;
    @Autowired HealthEndpoint health;

    @Test
    void readinessFollowsThePrimaryAndNotTheReplica() {
        assertThat(groups.get("readiness")).isNotNull();
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("readiness").isMember("replica")).isFalse();
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("replica").getStatus()).isEqualTo(Status.UP);
    }
}
