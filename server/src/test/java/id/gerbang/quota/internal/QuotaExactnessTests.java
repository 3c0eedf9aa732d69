package id.gerbang.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.agreement.AgreementId;
import id.gerbang.quota.QuotaDecision;
import id.gerbang.quota.QuotaOutcome;
import id.gerbang.quota.Quotas;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exactness under concurrency: 200 concurrent requests against 100 units give exactly 100 grants,
 * through one server's batching, through several "servers" (independent counters on one database)
 * and through bare single-unit transactions. Runs on H2 and, in the PostgreSQL pass, on PostgreSQL.
 */
@IntegrationTest
class QuotaExactnessTests extends QuotaTestSupport {

    static final int THREADS = 200;
    static final int QUOTA = 100;

    @Autowired Quotas quotas;
    @Autowired CounterStore store;
    @Autowired QuotaLimits limits;
    @Autowired QuotaProperties properties;
    @Autowired JdbcClient jdbc;

    /** Runs {@code THREADS} calls released at the same moment; counts the outcomes. */
    static Map<QuotaOutcome, Integer> race(IntFunction<QuotaOutcome> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<QuotaOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            Map<QuotaOutcome, Integer> counts = new EnumMap<>(QuotaOutcome.class);
            for (Future<QuotaOutcome> f : futures) {
                counts.merge(f.get(), 1, Integer::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredThreadsAgainstAQuotaOfOneHundredGetExactlyOneHundred() throws Exception {
        AgreementId agreement = agreementWithQuota(QUOTA);
        Map<QuotaOutcome, Integer> counts = race(i -> quotas.tryConsume(agreement, null, today).outcome());
        assertThat(counts).containsEntry(QuotaOutcome.GRANTED, QUOTA)
                .containsEntry(QuotaOutcome.EXHAUSTED_AGREEMENT, THREADS - QUOTA);
        assertThat(quotas.usage(agreement, today).used()).isEqualTo(QUOTA);
        assertThat(quotas.usage(agreement, today).remaining()).isZero();
    }

    @Test
    void severalServerInstancesOnOneDatabaseAreExactToo() throws Exception {
        AgreementId agreement = agreementWithQuota(QUOTA);
        List<UsageCounter> servers = List.of(new UsageCounter(store, limits, properties),
                new UsageCounter(store, limits, properties), new UsageCounter(store, limits, properties),
                new UsageCounter(store, limits, properties));
        Map<QuotaOutcome, Integer> counts = race(i -> servers.get(i % servers.size())
                .consume(agreement, null, today).outcome());
        assertThat(counts).containsEntry(QuotaOutcome.GRANTED, QUOTA)
                .containsEntry(QuotaOutcome.EXHAUSTED_AGREEMENT, THREADS - QUOTA);
        assertThat(store.agreementUsed(agreement.value(), today)).isEqualTo(QUOTA);
    }

    @Test
    void singleUnitTransactionsWithoutBatchingAreExact() throws Exception {
        AgreementId agreement = agreementWithQuota(QUOTA);
        Map<QuotaOutcome, Integer> counts = race(i -> store.grant(agreement.value(), today, QUOTA,
                List.of(new CounterStore.Ask(null, null))).getFirst());
        assertThat(counts).containsEntry(QuotaOutcome.GRANTED, QUOTA)
                .containsEntry(QuotaOutcome.EXHAUSTED_AGREEMENT, THREADS - QUOTA);
        assertThat(store.agreementUsed(agreement.value(), today)).isEqualTo(QUOTA);
    }

    @Test
    void aRestartKeepsTheCount() {
        AgreementId agreement = agreementWithQuota(3);
        UsageCounter before = new UsageCounter(store, limits, properties);
        for (int i = 0; i < 2; i++) {
            assertThat(before.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        }
        UsageCounter afterRestart = new UsageCounter(store, limits, properties);
        assertThat(afterRestart.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(afterRestart.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
    }

    @Test
    void deniedCallsNeverConsume() {
        AgreementId agreement = agreementWithQuota(2);
        quotas.tryConsume(agreement, null, today);
        quotas.tryConsume(agreement, null, today);
        for (int i = 0; i < 5; i++) {
            QuotaDecision denied = quotas.tryConsume(agreement, null, today);
            assertThat(denied.outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
            assertThat(denied.limit()).isEqualTo(2);
        }
        assertThat(quotas.usage(agreement, today).used()).isEqualTo(2);
    }

    @Test
    void aBatchIsGrantedInArrivalOrderUpToTheLimit() {
        AgreementId agreement = agreementWithQuota(5);
        List<CounterStore.Ask> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(new CounterStore.Ask(null, null));
        }
        assertThat(store.grant(agreement.value(), today, 5, asks.subList(0, 3)))
                .containsOnly(QuotaOutcome.GRANTED);
        assertThat(store.grant(agreement.value(), today, 5, asks)).containsExactly(QuotaOutcome.GRANTED,
                QuotaOutcome.GRANTED, QuotaOutcome.EXHAUSTED_AGREEMENT, QuotaOutcome.EXHAUSTED_AGREEMENT,
                QuotaOutcome.EXHAUSTED_AGREEMENT, QuotaOutcome.EXHAUSTED_AGREEMENT, QuotaOutcome.EXHAUSTED_AGREEMENT,
                QuotaOutcome.EXHAUSTED_AGREEMENT);
        assertThat(store.agreementUsed(agreement.value(), today)).isEqualTo(5);
    }

    @Test
    void anAgreementWithoutTermsThatDayGrantsNothing() {
        AgreementId unknown = new AgreementId(Long.MAX_VALUE - 7);
        assertThat(quotas.tryConsume(unknown, null, today).outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
        assertThat(store.agreementUsed(unknown.value(), today)).isZero();
    }
}
