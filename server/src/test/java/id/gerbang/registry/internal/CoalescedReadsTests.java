package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.gerbang.IntegrationTest;
import id.gerbang.Waiting;
import id.gerbang.registry.Nik;
import id.gerbang.registry.Resident;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesced lookups by NIK (docs/adr/0051) against the embedded database and PostgreSQL: they
 * answer exactly as single lookups do, and a lookup inside a transaction sees that transaction's
 * own uncommitted rows. The timeouts only turn a hung caller into a failure; nothing is timed.
 */
@IntegrationTest
class CoalescedReadsTests {

    static final Duration HANG = Waiting.HANG;

    @Autowired
    JdbcPopulationRegister register;

    @Autowired
    BulkLoading loading;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RegistryProperties properties;

    @Test
    void coalescesByDefault() {
        assertThat(properties.readBatch()).isEqualTo(new RegistryProperties.ReadBatch(64, 4, 16));
    }

    @Test
    void concurrentLookupsAnswerExactlyAsSingleLookups() throws Exception {
        List<Nik> known = writeFamilies(15, 4);
        List<Nik> unknown = unknownNiks(10, known);
        List<Nik> asked = new ArrayList<>(known);
        asked.addAll(unknown);

        // One lookup at a time, each inside a transaction, so each is its own single-key query.
        Map<Nik, Optional<Resident>> single = new TransactionTemplate(transactions).execute(status ->
                asked.stream().collect(Collectors.toMap(nik -> nik, register::findByNik)));
        assertThat(single.values().stream().filter(Optional::isPresent).count()).isEqualTo(known.size());

        long lookupsBefore = register.coalescedLookups();
        long queriesBefore = register.coalescedQueries();
        int calls = 500;
        List<Future<Optional<Resident>>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                Nik nik = asked.get(i % asked.size());
                results.add(threads.submit(() -> register.findByNik(nik)));
            }
            for (int i = 0; i < calls; i++) {
                Nik nik = asked.get(i % asked.size());
                assertThat(await(results.get(i))).as("call %d", i).isEqualTo(single.get(nik));
            }
        }
        long lookups = register.coalescedLookups() - lookupsBefore;
        long queries = register.coalescedQueries() - queriesBefore;
        assertThat(lookups).isEqualTo(calls);
        assertThat(queries).isBetween(1L, (long) calls);
        System.out.printf("coalesced reads (%s): %d lookups in %d queries%n",
                System.getProperty("gerbang.test.database", "h2"), lookups, queries);
    }

    @Test
    void aLookupInsideATransactionSeesTheTransactionsOwnUncommittedResident() {
        Nik nik = Nik.of(TestRows.nik(false));
        long noKk = TestRows.noKk();
        TestRows.delete(jdbc, noKk, nik.asLong());
        long lookupsBefore = register.coalescedLookups();

        Optional<Resident> inside = new TransactionTemplate(transactions).execute(status -> {
            insertUncommitted(nik, noKk);
            status.setRollbackOnly();
            return register.findByNik(nik);
        });

        assertThat(inside).map(Resident::fullName).contains("BELUM DISIMPAN");
        assertThat(register.coalescedLookups()).as("not coalesced").isEqualTo(lookupsBefore);
        assertThat(register.findByNik(nik)).as("rolled back").isEmpty();
    }

    /**
     * Forces the case a missing transaction check would get wrong: a batch is running (held while
     * it waits for a connection), another caller waits for the lead, and a caller with an open
     * transaction asks for the resident it has just written. Were that lookup queued, the waiting
     * caller would take it into its batch and read it on a connection that cannot see the row.
     */
    @Test
    void aLookupInsideATransactionIsNeverAnsweredOnAnotherCallersConnection() throws Exception {
        List<Nik> known = writeFamilies(1, 2);
        Nik mine = Nik.of(TestRows.nik(true));
        long noKk = TestRows.noKk();
        TestRows.delete(jdbc, noKk, mine.asLong());
        HoldingDataSource holding = new HoldingDataSource(dataSource);
        JdbcPopulationRegister held = new JdbcPopulationRegister(JdbcClient.create(holding),
                new RegistryProperties.ReadBatch(64, 1, 16), OptionalInt.empty());

        CompletableFuture<Optional<Resident>> leader = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> complete(leader, () -> held.findByNik(known.get(0))));
        assertThat(holding.held.await(HANG.toSeconds(), TimeUnit.SECONDS)).as("leader holds the only slot").isTrue();
        CompletableFuture<Optional<Resident>> follower = new CompletableFuture<>();
        Thread followerThread = Thread.ofVirtual().start(() -> complete(follower, () -> held.findByNik(known.get(1))));
        waitUntil(() -> followerThread.getState() == Thread.State.WAITING, "follower waiting for the lead");

        Optional<Resident> inside;
        try {
            inside = assertTimeoutPreemptively(HANG, () -> new TransactionTemplate(transactions).execute(status -> {
                insertUncommitted(mine, noKk);
                status.setRollbackOnly();
                Thread caller = Thread.currentThread();
                AtomicBoolean done = new AtomicBoolean();
                // Let the held batch go once this caller has either answered or parked in a queue.
                Thread.ofVirtual().start(() -> {
                    try {
                        waitUntil(() -> done.get() || caller.getState() == Thread.State.WAITING, "caller parked");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        holding.release.countDown();
                    }
                });
                try {
                    return held.findByNik(mine);
                } finally {
                    done.set(true);
                }
            }));
        } finally {
            holding.release.countDown();
        }

        assertThat(inside).map(Resident::fullName).contains("BELUM DISIMPAN");
        assertThat(await(leader)).map(Resident::nik).contains(known.get(0));
        assertThat(await(follower)).map(Resident::nik).contains(known.get(1));
        assertThat(held.coalescedLookups()).isEqualTo(2);
    }

    @Test
    void aBatchSizeOfOneTurnsCoalescingOff() {
        List<Nik> known = writeFamilies(1, 1);
        JdbcPopulationRegister single = new JdbcPopulationRegister(jdbc, new RegistryProperties.ReadBatch(1, 4, 16),
                OptionalInt.empty());

        assertThat(single.findByNik(known.get(0))).map(Resident::nik).contains(known.get(0));
        assertThat(single.coalescedLookups()).isZero();
        assertThat(single.coalescedQueries()).isZero();
    }

    /** Families of {@code members} residents each, written and committed; returns their NIKs. */
    List<Nik> writeFamilies(int families, int members) {
        List<Nik> niks = new ArrayList<>();
        try (ResidentBulkWriter writer = loading.open(WriteMode.UPSERT)) {
            for (int f = 0; f < families; f++) {
                long noKk = TestRows.noKk();
                Set<Long> family = new LinkedHashSet<>();
                while (family.size() < members) {
                    long nik = TestRows.nik(family.size() % 2 == 1);
                    if (!niks.contains(Nik.of(nik))) {
                        family.add(nik);
                    }
                }
                TestRows.delete(jdbc, noKk, family.stream().mapToLong(Long::longValue).toArray());
                writer.family(TestRows.family(noKk));
                int relationship = 1;
                for (long nik : family) {
                    writer.resident(TestRows.resident(nik, noKk, "ANGGOTA " + niks.size(), relationship));
                    relationship = 4;
                    niks.add(Nik.of(nik));
                }
            }
            writer.finish();
        }
        return niks;
    }

    /** NIKs that are in no table, none of them among {@code known}. */
    List<Nik> unknownNiks(int count, List<Nik> known) {
        List<Nik> niks = new ArrayList<>();
        while (niks.size() < count) {
            Nik nik = Nik.of(TestRows.nik(niks.size() % 2 == 0));
            if (!known.contains(nik) && !niks.contains(nik)) {
                jdbc.sql("delete from resident where nik = ?").param(nik.asLong()).update();
                niks.add(nik);
            }
        }
        return niks;
    }

    void insertUncommitted(Nik nik, long noKk) {
        jdbc.sql("insert into family (no_kk, address, dusun, rt, rw, province_no, regency_no, district_no, village_no, postal_code)"
                + " values (?, 'JL. MELATI NO. 1', null, 1, 2, 32, 4, 10, 2001, '40394')").param(noKk).update();
        jdbc.sql("insert into resident (nik, no_kk, full_name, sex, place_of_birth, date_of_birth, religion, marital_status,"
                + " occupation, education, blood_type, family_relationship, mother_name, father_name, mother_nik, father_nik,"
                + " ektp_status, citizenship, record_status, status_date, disability)"
                + " values (?, ?, 'BELUM DISIMPAN', 1, 'BANDUNG', date '1990-01-01', 1, 1, 3, 2, null, 1, 'IBU', 'AYAH',"
                + " null, null, 'RECORDED', 1, 'ACTIVE', null, null)")
                .params(nik.asLong(), noKk).update();
    }

    /**
     * Hands out connections of the real pool, except that the first request for one waits until
     * {@link #release} opens. Seen by transaction synchronisation as the pool itself, so a caller
     * with a transaction gets its own bound connection through it.
     */
    static final class HoldingDataSource extends DelegatingDataSource implements InfrastructureProxy {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean armed = new AtomicBoolean(true);

        HoldingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (armed.compareAndSet(true, false)) {
                held.countDown();
                try {
                    release.await(HANG.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.getConnection();
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }

    static void complete(CompletableFuture<Optional<Resident>> future, java.util.function.Supplier<Optional<Resident>> call) {
        try {
            future.complete(call.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }

    static <T> T await(Future<T> future) throws Exception {
        return Waiting.await(future, "a lookup is still waiting");
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Waiting.waitUntil(condition, what);
    }
}
