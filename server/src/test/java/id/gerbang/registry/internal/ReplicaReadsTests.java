package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.common.ReplicaProperties;
import id.gerbang.common.ReplicaReads;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.RecordStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 20, ADR 0141: register reads on a replica, by themselves on the primary when the replica
 * cannot serve them. A real streaming replica is the deployment test's (deploy/); here the replica
 * is the same database, an unreachable port, and a reachable database without the register.
 */
@IntegrationTest
@Import(AccessArrangements.class)
class ReplicaReadsTests {

    static final Nik HENDRA = Nik.parse("3204101703880002");
    static final NoKk FAMILY = NoKk.parse("3204101201150007");

    @Autowired AccessArrangements arrangements;
    @Autowired DataSource dataSource;
    @Autowired ReplicaReads configured;

    @BeforeEach
    void family() {
        arrangements.family(RecordStatus.ACTIVE);
    }

    JdbcPopulationRegister register(ReplicaReads reads) {
        return new JdbcPopulationRegister(reads, new RegistryProperties.ReadBatch(1, 4, 16), OptionalInt.of(10));
    }

    ReplicaReads replica(String url, String user, String password) {
        // a generous connection timeout: the first connection to a cold H2 engine on a busy machine is slow
        ReplicaReads reads = new ReplicaReads(dataSource, new ReplicaProperties(url, user, password, Duration.ofSeconds(5),
                Duration.ofSeconds(1), 4, url.contains(":1/") ? Duration.ofSeconds(1) : Duration.ofSeconds(15)));
        reads.start();
        return reads;
    }

    @Test
    void withoutAReplicaEveryReadIsOnThePrimary() {
        assertThat(configured.configured()).isFalse();
        assertThat(configured.replicaInUse()).isFalse();
        assertThat(register(configured).findByNik(HENDRA)).isPresent();
    }

    @Test
    void theSameDatabaseAsReplicaIsReadWithNoLag() throws SQLException {
        HikariDataSource primary = dataSource.unwrap(HikariDataSource.class);
        ReplicaReads reads = replica(primary.getJdbcUrl(), primary.getUsername(), primary.getPassword());
        try {
            assertThat(reads.replicaInUse()).isTrue();
            assertThat(reads.lag()).isEqualTo(Duration.ZERO);
            JdbcPopulationRegister register = register(reads);
            assertThat(register.findByNik(HENDRA)).isPresent();
            assertThat(register.findFamily(FAMILY)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(register.count()).isPositive();
        } finally {
            reads.stop();
        }
    }

    @Test
    void anUnreachableReplicaLeavesEveryReadToThePrimaryWithoutAnError() {
        long start = System.nanoTime();
        ReplicaReads reads = replica("jdbc:postgresql://127.0.0.1:1/gerbang", null, null);
        try {
            assertThat(reads.replicaInUse()).isFalse();
            assertThat(reads.lag()).isNull();
            JdbcPopulationRegister register = register(reads);
            assertThat(register.findByNik(HENDRA)).isPresent();
            assertThat(register.findFamily(FAMILY)).isNotEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            reads.stop();
        }
    }

    @Test
    void aReadThatFailsOnTheReplicaIsMadeOnThePrimaryAndTheReplicaSetAside() {
        // a reachable database that has no register: the check passes, the read fails there
        ReplicaReads reads = replica("jdbc:h2:mem:replica-without-register;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            assertThat(reads.replicaInUse()).isTrue();
            assertThat(register(reads).findByNik(HENDRA)).as("no error to the caller").isPresent();
            assertThat(reads.replicaInUse()).as("until the next check").isFalse();
        } finally {
            reads.stop();
        }
    }
}
