package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.Waiting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The coalescing loader with many virtual threads. Nothing here measures time: the timeouts only
 * turn a caller that would wait forever (a lost wake-up, a slot never handed on) into a failure.
 */
class BatchingLoaderTests {

    /** How long a test waits for callers before it declares them hung: far above any real wait. */
    static final Duration HANG = Waiting.HANG;

    /**
     * A loader that records every batch, counts how many calls run at once, can be held at its
     * start until {@link #release} is opened, and fails batches that contain a key matching
     * {@code failWhen}.
     */
    static final class RecordingLoader implements Function<List<String>, Map<String, String>> {
        final ConcurrentLinkedQueue<List<String>> batches = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostRunning = new AtomicInteger();
        final CountDownLatch release;
        final Predicate<String> failWhen;

        RecordingLoader(boolean held, Predicate<String> failWhen) {
            this.release = new CountDownLatch(held ? 1 : 0);
            this.failWhen = failWhen;
        }

        RecordingLoader() {
            this(false, key -> false);
        }

        @Override
        public Map<String, String> apply(List<String> keys) {
            int now = running.incrementAndGet();
            mostRunning.accumulateAndGet(now, Math::max);
            try {
                batches.add(List.copyOf(keys));
                if (!release.await(HANG.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the loader");
                }
                if (keys.stream().anyMatch(failWhen)) {
                    Failure failure = new Failure(keys);
                    failures.add(failure);
                    throw failure;
                }
                Map<String, String> found = new HashMap<>();
                for (String key : keys) {
                    if (!key.startsWith("unknown")) {
                        found.put(key, valueOf(key));
                    }
                }
                return found;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }

        int keysLoaded() {
            return batches.stream().mapToInt(List::size).sum();
        }
    }

    /** The failure of one batch; remembers its keys so a test can tell which callers it reached. */
    static final class Failure extends RuntimeException {
        final List<String> keys;

        Failure(List<String> keys) {
            super("batch failed", null, false, false);
            this.keys = keys;
        }
    }

    static String valueOf(String key) {
        return "value of " + key;
    }

    /** Runs {@code count} callers on virtual threads and returns what each got (value or exception). */
    static List<Future<Optional<String>>> start(ExecutorService threads, BatchingLoader<String, String> loader,
            int count, Function<Integer, String> keyOf) {
        List<Future<Optional<String>>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = keyOf.apply(i);
            Callable<Optional<String>> call = () -> loader.get(key);
            results.add(threads.submit(call));
        }
        return results;
    }

    static <T> T await(Future<T> future) throws InterruptedException, ExecutionException {
        return Waiting.await(future, "a caller is still waiting: lost wake-up or a slot never handed on");
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Waiting.waitUntil(condition, what);
    }

    @Test
    void aLoneCallerIsABatchOfOneOnItsOwnThread() {
        RecordingLoader recording = new RecordingLoader();
        BatchingLoader<String, String> loader = new BatchingLoader<>(64, 4, 1, recording);

        assertThat(loader.get("a")).contains(valueOf("a"));
        assertThat(loader.get("unknown-1")).isEmpty();
        assertThat(loader.get("b")).contains(valueOf("b"));

        assertThat(recording.batches).containsExactly(List.of("a"), List.of("unknown-1"), List.of("b"));
        assertThat(loader.slotsInUse()).isZero();
    }

    @Test
    void aKeyMappedToNullIsEmpty() {
        BatchingLoader<String, String> loader = new BatchingLoader<>(8, 1, 1, keys -> {
            Map<String, String> found = new HashMap<>();
            keys.forEach(key -> found.put(key, null));
            return found;
        });
        assertThat(loader.get("a")).isEmpty();
    }

    @Test
    void callersQueuedBehindBusyLoadsAreCombinedIntoBatches() throws Exception {
        int callers = 200;
        int parallel = 4;
        int maxBatch = 16;
        RecordingLoader recording = new RecordingLoader(true, key -> false);
        BatchingLoader<String, String> loader = new BatchingLoader<>(maxBatch, parallel, 1, recording);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Optional<String>>> results = start(threads, loader, callers,
                    i -> i % 10 == 0 ? "unknown-" + i : "key-" + i);

            // Every slot is held by a blocked load, and every other caller is queued behind them.
            waitUntil(() -> recording.running.get() == parallel
                    && recording.keysLoaded() + loader.queued() == callers, "all callers loading or queued");
            assertThat(loader.slotsInUse()).isEqualTo(parallel);
            recording.release.countDown();

            for (int i = 0; i < callers; i++) {
                Optional<String> got = await(results.get(i));
                if (i % 10 == 0) {
                    assertThat(got).as("caller %d", i).isEmpty();
                } else {
                    assertThat(got).as("caller %d", i).contains(valueOf("key-" + i));
                }
            }
        } finally {
            threads.shutdownNow();
        }
        List<List<String>> batches = List.copyOf(recording.batches);
        assertThat(recording.keysLoaded()).isEqualTo(callers);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, maxBatch));
        // At least 200 - 4 * 16 callers were queued behind the held loads: the four leaders that
        // took over from them found more than 64 queued, so each of them loaded a full batch.
        assertThat(batches.stream().filter(batch -> batch.size() == maxBatch).count()).isGreaterThanOrEqualTo(parallel);
        assertThat(batches.size()).isLessThan(callers / 2);
        assertThat(recording.mostRunning.get()).isEqualTo(parallel);
        assertThat(loader.slotsInUse()).isZero();
        assertThat(loader.queued()).isZero();
    }

    @Test
    void aFurtherBatchStartsBesideARunningOneOnlyWhenSpillCallsAreWaiting() throws Exception {
        RecordingLoader recording = new RecordingLoader(true, key -> false);
        BatchingLoader<String, String> loader = new BatchingLoader<>(32, 4, 8, recording);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Optional<String>>> results = new ArrayList<>(start(threads, loader, 1, i -> "key-0"));
            waitUntil(() -> recording.running.get() == 1, "the first caller loading");

            // Seven more wait behind the running batch: too few to start another.
            results.addAll(start(threads, loader, 7, i -> "key-" + (1 + i)));
            waitUntil(() -> loader.queued() == 7, "seven callers queued");
            Thread.sleep(100); // each decided right after queueing itself; a second slot would show now
            assertThat(loader.slotsInUse()).isEqualTo(1);
            assertThat(recording.running.get()).isEqualTo(1);

            // The eighth reaches the spill of 8: it starts a second batch with all eight.
            results.addAll(start(threads, loader, 1, i -> "key-8"));
            waitUntil(() -> recording.running.get() == 2, "a second batch loading");
            assertThat(loader.queued()).isZero();
            recording.release.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertThat(await(results.get(i))).as("caller %d", i).contains(valueOf("key-" + i));
            }
        } finally {
            threads.shutdownNow();
        }
        List<List<String>> batches = List.copyOf(recording.batches);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("key-0");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("key-1", "key-2", "key-3", "key-4", "key-5", "key-6",
                "key-7", "key-8");
        assertThat(loader.slotsInUse()).isZero();
    }

    @Test
    void callersAskingTheSameKeyEachGetIt() throws Exception {
        int callers = 120;
        RecordingLoader recording = new RecordingLoader(true, key -> false);
        BatchingLoader<String, String> loader = new BatchingLoader<>(64, 1, 1, recording);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Optional<String>>> results = start(threads, loader, callers,
                    i -> switch (i % 3) {
                        case 0 -> "same";
                        case 1 -> "unknown-same";
                        default -> "other-" + (i % 5);
                    });
            // The held batch has at most 64 callers; the rest queue behind it.
            waitUntil(() -> recording.running.get() == 1 && loader.queued() >= callers - 64, "callers queued");
            recording.release.countDown();
            for (int i = 0; i < callers; i++) {
                Optional<String> got = await(results.get(i));
                switch (i % 3) {
                    case 0 -> assertThat(got).as("caller %d", i).contains(valueOf("same"));
                    case 1 -> assertThat(got).as("caller %d", i).isEmpty();
                    default -> assertThat(got).as("caller %d", i).contains(valueOf("other-" + (i % 5)));
                }
            }
        } finally {
            threads.shutdownNow();
        }
        // The loader is asked for each key once per batch, however many callers wait for it.
        assertThat(recording.batches).allSatisfy(batch -> assertThat(batch).doesNotHaveDuplicates());
        assertThat(recording.batches).anySatisfy(batch -> assertThat(batch).contains("same", "unknown-same"));
        assertThat(recording.keysLoaded()).isLessThan(callers);
        assertThat(loader.slotsInUse()).isZero();
    }

    @Test
    void aFailingLoadFailsExactlyItsOwnBatchAndLaterCallsSucceed() throws Exception {
        int callers = 150;
        RecordingLoader recording = new RecordingLoader(true, key -> key.equals("key-77"));
        BatchingLoader<String, String> loader = new BatchingLoader<>(16, 3, 1, recording);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Optional<String>>> results = start(threads, loader, callers, i -> "key-" + i);
            waitUntil(() -> recording.running.get() == 3
                    && recording.keysLoaded() + loader.queued() == callers, "all callers loading or queued");
            recording.release.countDown();
            for (Future<Optional<String>> result : results) {
                try {
                    outcomes.add(await(result));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(recording.failures).hasSize(1);
        Failure failure = recording.failures.peek();
        assertThat(failure.keys).contains("key-77");
        for (int i = 0; i < callers; i++) {
            String key = "key-" + i;
            if (failure.keys.contains(key)) {
                assertThat(outcomes.get(i)).as("caller %d, in the failed batch", i).isSameAs(failure);
            } else {
                assertThat(outcomes.get(i)).as("caller %d, in another batch", i).isEqualTo(Optional.of(valueOf(key)));
            }
        }
        assertThat(loader.slotsInUse()).isZero();
        assertThat(loader.get("key-1")).contains(valueOf("key-1"));
        assertThatThrownBy(() -> loader.get("key-77")).isInstanceOf(Failure.class);
        assertThat(loader.get("key-2")).contains(valueOf("key-2"));
        assertThat(loader.slotsInUse()).isZero();
    }

    @Test
    void theLoadersOwnExceptionReachesTheCallerUnwrapped() {
        IllegalStateException thrown = new IllegalStateException("database down");
        AssertionError error = new AssertionError("an error, not an exception");
        AtomicInteger calls = new AtomicInteger();
        BatchingLoader<String, String> loader = new BatchingLoader<>(8, 2, 1, keys -> switch (calls.incrementAndGet()) {
            case 1 -> throw thrown;
            case 2 -> throw error;
            case 3 -> null;
            default -> Map.of("a", "A");
        });

        assertThatThrownBy(() -> loader.get("a")).isSameAs(thrown);
        assertThatThrownBy(() -> loader.get("a")).isSameAs(error);
        assertThatThrownBy(() -> loader.get("a")).isInstanceOf(NullPointerException.class);
        assertThat(loader.get("a")).contains("A");
        assertThat(loader.slotsInUse()).isZero();
    }

    @Test
    void aBatchOfOneAllowsNoCoalescing() throws Exception {
        RecordingLoader recording = new RecordingLoader(true, key -> false);
        BatchingLoader<String, String> loader = new BatchingLoader<>(1, 2, 1, recording);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Optional<String>>> results = start(threads, loader, 40, i -> "key-" + i);
            waitUntil(() -> recording.running.get() == 2 && recording.keysLoaded() + loader.queued() == 40, "queued");
            recording.release.countDown();
            for (int i = 0; i < 40; i++) {
                assertThat(await(results.get(i))).contains(valueOf("key-" + i));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(recording.batches).hasSize(40).allSatisfy(batch -> assertThat(batch).hasSize(1));
        assertThat(recording.mostRunning.get()).isEqualTo(2);
    }

    @Test
    void rejectsSettingsBelowOne() {
        assertThatThrownBy(() -> new BatchingLoader<String, String>(0, 1, 1, keys -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchingLoader<String, String>(1, 0, 1, keys -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The one narrow interleaving of the hand-off, forced: a caller queues itself after the leader
     * found the queue empty but before the leader released its slot, so the caller finds every
     * slot taken and waits. The leader must look at the queue again after releasing, or the
     * caller waits forever.
     */
    @Test
    void aCallerQueuedWhileTheLastLeaderIsReleasingIsNotLeftWaiting() throws Exception {
        AtomicInteger releases = new AtomicInteger();
        CompletableFuture<Optional<String>> late = new CompletableFuture<>();
        List<Thread> lateThread = new ArrayList<>();
        RecordingLoader recording = new RecordingLoader();
        AtomicReference<BatchingLoader<String, String>> holder = new AtomicReference<>();
        holder.set(new BatchingLoader<>(64, 1, 1, recording, () -> {
            if (releases.incrementAndGet() != 1) {
                return;
            }
            BatchingLoader<String, String> loader = holder.get();
            Thread thread = Thread.ofVirtual().start(() -> {
                try {
                    late.complete(loader.get("late"));
                } catch (RuntimeException | Error e) {
                    late.completeExceptionally(e);
                }
            });
            lateThread.add(thread);
            try {
                // Queued, found the only slot taken (this leader's), and parked for a hand-off.
                waitUntil(() -> loader.queued() == 1 && thread.getState() == Thread.State.WAITING,
                        "late caller queued and waiting");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        BatchingLoader<String, String> loader = holder.get();

        assertThat(loader.get("first")).contains(valueOf("first"));

        assertThat(lateThread).hasSize(1);
        assertThat(await(late)).contains(valueOf("late"));
        assertThat(recording.batches).containsExactly(List.of("first"), List.of("late"));
        assertThat(loader.slotsInUse()).isZero();
    }

    /**
     * Callers that are never held: batches form and end in every order the scheduler picks, so
     * a request left in the queue with no leader to take it shows up as a hung caller. Repeated,
     * because a lost wake-up needs a narrow interleaving.
     */
    @Test
    void manyRoundsOfUnheldCallersAllFinish() throws Exception {
        for (int round = 0; round < 200; round++) {
            int parallel = 1 + round % 4;
            int maxBatch = 1 + round % 7;
            int spill = 1 + round % 5; // with spill > 1 a caller often waits for another's hand-off
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostRunning = new AtomicInteger();
            AtomicInteger calls = new AtomicInteger();
            BatchingLoader<Integer, Integer> loader = new BatchingLoader<>(maxBatch, parallel, spill, keys -> {
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                calls.incrementAndGet();
                try {
                    Thread.yield();
                    Map<Integer, Integer> found = new HashMap<>();
                    keys.forEach(key -> found.put(key, -key));
                    assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
                    assertThat(keys.size()).isLessThanOrEqualTo(maxBatch);
                    return found;
                } finally {
                    running.decrementAndGet();
                }
            });
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            try {
                List<Future<Optional<Integer>>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    int key = i % 40;
                    results.add(threads.submit(() -> loader.get(key)));
                }
                for (int i = 0; i < 64; i++) {
                    assertThat(await(results.get(i))).as("round %d caller %d", round, i).contains(-(i % 40));
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(mostRunning.get()).as("round %d", round).isLessThanOrEqualTo(parallel);
            assertThat(loader.slotsInUse()).as("round %d", round).isZero();
            assertThat(loader.queued()).as("round %d", round).isZero();
        }
    }
}
