package id.gerbang.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.Quotas;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A measurement, not a test: grants per second on one agreement with a large quota, for several
 * numbers of concurrent callers (virtual threads). Runs only when asked:
 * {@code ./mvnw -B -o -pl server test -Dtest=QuotaThroughputBench -Dgerbang.bench=true}
 * (add {@code GERBANG_TEST_PG_URL=...} and {@code verify} for the PostgreSQL pass).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "gerbang.bench", matches = "true")
class QuotaThroughputBench {

    @Autowired Quotas quotas;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Clock clock;

    @Test
    void grantsPerSecond() throws Exception {
        AccountFixtures fixtures = AccountFixtures.of(context);
        LocalDate today = JakartaTime.today(clock);
        StringBuilder report = new StringBuilder("\nquota throughput (one agreement, 5 s each)\n");
        for (int callers : new int[] {1, 16, 64, 256}) {
            AgreementId agreement = fixtures.agreement(fixtures.agency(), 10_000_000).id();
            LongAdder granted = new LongAdder();
            AtomicBoolean stop = new AtomicBoolean();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < callers; i++) {
                    pool.submit(() -> {
                        while (!stop.get()) {
                            if (quotas.tryConsume(agreement, null, today).granted()) {
                                granted.increment();
                            }
                        }
                    });
                }
                TimeUnit.SECONDS.sleep(5);
                stop.set(true);
            }
            assertThat(quotas.usage(agreement, today).used()).isEqualTo(granted.sum());
            report.append(String.format("  %4d callers: %,10d grants/s%n", callers, granted.sum() / 5));
        }
        System.out.println(report);
    }
}
