package id.gerbang.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.Roles;
import id.gerbang.quota.DailyUsage;
import id.gerbang.quota.QuotaOutcome;
import id.gerbang.quota.Quotas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leased blocks far from the limit (docs/adr/0052): fewer transactions, the same grants, never
 * beyond the limit, and the unspent units given back. Counters are read straight from the
 * database; the "server instances" are independent {@link UsageCounter}s on the one database.
 */
@IntegrationTest
class QuotaLeaseTests extends QuotaTestSupport {

    static final int LARGE = 100_000;

    @Autowired Quotas quotas;
    @Autowired UsageCounter beanCounter;
    @Autowired UserQuotas userQuotas;
    @Autowired CounterStore store;
    @Autowired QuotaLimits limits;
    @Autowired QuotaProperties properties;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;

    /** A {@link CounterStore} that counts its transactions and the units it leased. */
    static final class CountingStore extends CounterStore {
        final AtomicInteger transactions = new AtomicInteger();
        final AtomicLong leased = new AtomicLong();

        CountingStore(JdbcClient jdbc, TransactionTemplate tx) {
            super(jdbc, tx);
        }

        @Override
        public Grant grant(long agreement, LocalDate day, long agreementLimit, List<Ask> asks, long block) {
            transactions.incrementAndGet();
            Grant grant = super.grant(agreement, day, agreementLimit, asks, block);
            leased.addAndGet(grant.leased());
            return grant;
        }
    }

    QuotaProperties withLeaseMax(long leaseMax) {
        return new QuotaProperties(properties.maxBatch(), properties.maxPeriodDays(), properties.limitCacheTtl(),
                leaseMax, properties.studyMaxBytes());
    }

    long counter(AgreementId agreement) {
        return store.agreementUsed(agreement.value(), today);
    }

    /** {@code calls} calls on {@code threads} threads, each taking the next call number; counts the outcomes. */
    static Map<QuotaOutcome, Integer> run(int calls, int threads, IntFunction<QuotaOutcome> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger next = new AtomicInteger();
            List<Future<Map<QuotaOutcome, Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    Map<QuotaOutcome, Integer> counts = new EnumMap<>(QuotaOutcome.class);
                    for (int i; (i = next.getAndIncrement()) < calls; ) {
                        counts.merge(call.apply(i), 1, Integer::sum);
                    }
                    return counts;
                }));
            }
            start.countDown();
            Map<QuotaOutcome, Integer> counts = new EnumMap<>(QuotaOutcome.class);
            for (Future<Map<QuotaOutcome, Integer>> f : futures) {
                f.get().forEach((outcome, n) -> counts.merge(outcome, n, Integer::sum));
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBlockIsOnePercentOfTheLimitAtMostLeaseMaxAndNoneUnderTen() {
        assertThat(properties.leaseMax()).isEqualTo(1000);
        assertThat(properties.leaseBlock(100)).isZero();
        assertThat(properties.leaseBlock(999)).isZero();
        assertThat(properties.leaseBlock(1000)).isEqualTo(10);
        assertThat(properties.leaseBlock(5000)).isEqualTo(50);
        assertThat(properties.leaseBlock(LARGE)).isEqualTo(1000);
        assertThat(properties.leaseBlock(10_000_000)).isEqualTo(1000);
        assertThat(withLeaseMax(500).leaseBlock(10_000_000)).isEqualTo(500);
        assertThat(withLeaseMax(0).leaseBlock(10_000_000)).isZero();
    }

    @Test
    void farFromTheLimitTheCounterMovesInBlocks() {
        AgreementId agreement = agreementWithQuota(LARGE);
        UsageCounter server = new UsageCounter(store, limits, properties);
        assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(counter(agreement)).as("the day's first request creates the counter, exactly").isEqualTo(1);
        assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(counter(agreement)).as("one grant and a block of 1,000").isEqualTo(1002);
        assertThat(server.unspentLease(agreement.value(), today)).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        }
        assertThat(counter(agreement)).as("1,000 grants from memory").isEqualTo(1002);
        assertThat(server.unspentLease(agreement.value(), today)).isZero();
        assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(counter(agreement)).isEqualTo(2003);
        server.stop();
        assertThat(counter(agreement)).as("the unspent block returned").isEqualTo(1003);
    }

    @Test
    void manyConcurrentCallersGetEveryGrantWithFewTransactions() throws Exception {
        int calls = 20_000;
        AgreementId agreement = agreementWithQuota(LARGE);
        CountingStore counting = new CountingStore(jdbc, tx);
        UsageCounter server = new UsageCounter(counting, limits, properties);
        Map<QuotaOutcome, Integer> counts = run(calls, 64, i -> server.consume(agreement, null, today).outcome());

        assertThat(counts).containsExactly(Map.entry(QuotaOutcome.GRANTED, calls));
        // Every transaction after the day's first reserves a block of 1,000 on top of its grants.
        assertThat(counting.transactions.get()).isLessThanOrEqualTo(calls / 1000 + 2);
        assertThat(counter(agreement)).isEqualTo(calls + server.unspentLease(agreement.value(), today));
        server.stop();
        assertThat(counter(agreement)).isEqualTo(calls);
    }

    @Test
    void nearTheLimitTwoInstancesGrantExactlyTheLimitAndNoneBeyond() throws Exception {
        int limit = 5000;
        int calls = 6000;
        AgreementId agreement = agreementWithQuota(limit);
        CountingStore counting = new CountingStore(jdbc, tx);
        List<UsageCounter> servers = List.of(new UsageCounter(counting, limits, properties),
                new UsageCounter(counting, limits, properties));
        Map<QuotaOutcome, Integer> counts = run(calls, 64,
                i -> servers.get(i % 2).consume(agreement, null, today).outcome());

        assertThat(counts).containsEntry(QuotaOutcome.GRANTED, limit)
                .containsEntry(QuotaOutcome.EXHAUSTED_AGREEMENT, calls - limit);
        assertThat(counting.leased.get()).as("blocks of 50 were leased on the way").isPositive();
        assertThat(counter(agreement)).isEqualTo(limit);
        servers.forEach(UsageCounter::stop);
        assertThat(counter(agreement)).isEqualTo(limit);
        assertThat(servers.getFirst().consume(agreement, null, today).outcome())
                .isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
    }

    @Test
    void anAgreementChangeReturnsTheLeaseAndStoppingReturnsItAndTakesNoMore() {
        AgreementId agreement = agreementWithQuota(LARGE);
        UsageCounter server = new UsageCounter(store, limits, properties);
        for (int i = 0; i < 5; i++) {
            server.consume(agreement, null, today);
        }
        assertThat(counter(agreement)).isEqualTo(1002);
        server.on(new AgreementChanged(agreement));
        assertThat(counter(agreement)).isEqualTo(5);
        assertThat(server.unspentLease(agreement.value(), today)).isZero();

        server.consume(agreement, null, today);
        assertThat(counter(agreement)).as("a new block under the limit now in force").isEqualTo(1006);
        server.stop();
        assertThat(counter(agreement)).isEqualTo(6);
        server.consume(agreement, null, today);
        assertThat(counter(agreement)).as("no new block once stopped").isEqualTo(7);
        server.start();
        server.consume(agreement, null, today);
        assertThat(counter(agreement)).isEqualTo(1008);
        server.forgetLanesBefore(today.plusDays(1));
        assertThat(counter(agreement)).as("returned when the lane is forgotten").isEqualTo(8);
    }

    @Test
    void theApplicationReturnsItsLeaseOnAnAgreementChangeAfterCommit() {
        AgreementId agreement = agreementWithQuota(LARGE);
        for (int i = 0; i < 3; i++) {
            assertThat(quotas.tryConsume(agreement, null, today).granted()).isTrue();
        }
        assertThat(counter(agreement)).isEqualTo(1002);
        events.publishEvent(new AgreementChanged(agreement));
        assertThat(counter(agreement)).isEqualTo(3);
    }

    @Test
    void aLimitLoweredWithoutAnEventOnThisInstanceReturnsTheLeaseAtTheNextBatch() {
        AgreementId agreement = agreementWithQuota(LARGE);
        AtomicLong limit = new AtomicLong(LARGE);
        QuotaLimits changing = new QuotaLimits(agreements, new UserQuotaRepository(jdbc), properties) {
            @Override
            public long agreementLimit(AgreementId a, LocalDate day) {
                return limit.get();
            }
        };
        UsageCounter server = new UsageCounter(store, changing, properties);
        server.consume(agreement, null, today);
        server.consume(agreement, null, today);
        assertThat(counter(agreement)).isEqualTo(1002);
        limit.set(2000); // as another instance's change would show here after the cache's time to live
        assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(counter(agreement)).as("the old block returned, a block of 20 under the new limit")
                .isEqualTo(3 + 20);
    }

    @Test
    void usageExcludesTheUnspentLease() {
        AgreementId agreement = agreementWithQuota(LARGE);
        for (int i = 0; i < 3; i++) {
            quotas.tryConsume(agreement, null, today);
        }
        assertThat(counter(agreement)).isEqualTo(1002);
        assertThat(beanCounter.unspentLease(agreement.value(), today)).isEqualTo(999);
        DailyUsage usage = quotas.usage(agreement, today);
        assertThat(usage.used()).isEqualTo(3);
        assertThat(usage.remaining()).isEqualTo(LARGE - 3);
        assertThat(quotas.usageBetween(agreement, today.minusDays(1), today)).extracting(DailyUsage::used)
                .containsExactly(0L, 3L);
    }

    @Test
    void aUserLimitedRequestIsNeverServedFromTheLease() {
        AgencyId agency = fixtures.agency();
        AgreementId agreement = fixtures.agreement(agency, LARGE).id();
        AccountFixtures.Login user = fixtures.user(Roles.AGENCY_SERVICE, agency, agreement);
        Actor admin = new Actor(fixtures.registryAdmin().user(), Roles.REGISTRY_ADMIN, null);
        userQuotas.set(admin, agreement, user.userId(), 2, today, "uji coba");
        quotas.tryConsume(agreement, null, today);
        quotas.tryConsume(agreement, null, today);
        assertThat(beanCounter.unspentLease(agreement.value(), today)).isEqualTo(1000);

        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(quotas.tryConsume(agreement, user.userId(), today).outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_USER);
        assertThat(beanCounter.unspentLease(agreement.value(), today)).isEqualTo(1000);
        assertThat(quotas.userUsage(agreement, user.userId(), today)).isEqualTo(2);
        assertThat(quotas.usage(agreement, today).used()).isEqualTo(4);
    }

    @Test
    void leaseMaxZeroAndSmallQuotasStayOnTheExactPath() {
        AgreementId large = agreementWithQuota(LARGE);
        UsageCounter noLeases = new UsageCounter(store, limits, withLeaseMax(0));
        for (int i = 1; i <= 5; i++) {
            noLeases.consume(large, null, today);
            assertThat(counter(large)).isEqualTo(i);
        }
        assertThat(noLeases.unspentLease(large.value(), today)).isZero();

        AgreementId small = agreementWithQuota(999);
        UsageCounter server = new UsageCounter(store, limits, properties);
        for (int i = 1; i <= 5; i++) {
            server.consume(small, null, today);
            assertThat(counter(small)).isEqualTo(i);
        }
    }

    @Test
    void aLimitWithinABlockIsDecidedByTheDatabase() {
        AgreementId agreement = agreementWithQuota(1000);
        UsageCounter server = new UsageCounter(store, limits, properties);
        for (int i = 0; i < 985; i++) {
            server.consume(agreement, null, today);
        }
        // Blocks of 10 while they fit (used + 1 + 10 <= 1,000), then one request at a time.
        long leased = server.unspentLease(agreement.value(), today);
        assertThat(counter(agreement)).isEqualTo(985 + leased);
        for (int i = 985; i < 1000; i++) {
            assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.GRANTED);
        }
        assertThat(server.consume(agreement, null, today).outcome()).isEqualTo(QuotaOutcome.EXHAUSTED_AGREEMENT);
        assertThat(counter(agreement)).isEqualTo(1000);
        assertThat(server.unspentLease(agreement.value(), today)).isZero();
    }

}
