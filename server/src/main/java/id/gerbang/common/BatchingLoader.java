package id.gerbang.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Combines concurrent single-key reads into bulk reads, without a timer (docs/adr/0051).
 *
 * <p>A caller of {@link #get} queues its key. While fewer than {@code parallel} batches are
 * running it becomes a <em>leader</em>: it takes up to {@code maxBatch} queued requests, calls the
 * bulk loader once for their distinct keys, and completes every one of them. When it is done it
 * hands its slot directly to the next queued request, whose own thread then leads the next batch;
 * when nothing is queued it releases the slot and looks at the queue once more, so a request that
 * arrived in between is not left waiting (the hand-off of {@code quota.internal.UsageCounter},
 * with a count of slots instead of one flag). Under light load every batch is the caller's own
 * request and nobody waits; under load the queue fills while batches are running, and the next
 * batches grow by themselves.
 *
 * <p>A first batch always starts at once. A further one starts beside it only when at least
 * {@code spill} requests are waiting (the register's default, 16, is a quarter of its batch; 1
 * starts one whenever a slot is free): at moderate load the few
 * requests that arrive while one batch runs wait for it and are then loaded together, instead of
 * each starting a batch of one, which costs the database a statement and the server a connection
 * hand-off per request (docs/adr/0051, addendum). When the queue is deep, every slot is used.
 *
 * <p>Callers block on {@link CompletableFuture}s (which park virtual threads without pinning) and
 * never on a monitor. A waiting caller ignores interrupts, so a slot handed to it is never lost.
 * The loader runs on the leader's thread, so it must not depend on anything bound to the calling
 * thread (a transaction, a security context): callers that need that must not come here.
 *
 * @param <K> the key; needs {@code equals} and {@code hashCode}
 * @param <V> the loaded value
 */
public final class BatchingLoader<K, V> {

    private enum Signal {
        /** The request was loaded (or its batch failed). */
        LOADED,
        /** A batch slot was handed to the request's thread: it leads the next batch. */
        LEAD
    }

    private static final class Request<K, V> {
        final K key;
        /**
         * Completed exactly once: a request leaves the queue through exactly one {@code poll},
         * either into a batch (then {@code LOADED}) or as the receiver of a slot ({@code LEAD}).
         */
        final CompletableFuture<Signal> signal = new CompletableFuture<>();
        /** Written before {@code signal} is completed, read after it. */
        @Nullable V value;
        @Nullable Throwable failure;

        Request(K key) {
            this.key = key;
        }
    }

    private final Function<List<K>, ? extends Map<K, ? extends V>> loader;
    private final int maxBatch;
    private final int parallel;
    private final ConcurrentLinkedQueue<Request<K, V>> queue = new ConcurrentLinkedQueue<>();
    /** Requests that must be waiting before a further batch starts beside a running one. */
    private final int spill;
    /** Batch slots in use: held by a leader from taking a slot until handing it on or releasing it. */
    private final AtomicInteger slots = new AtomicInteger();
    /** Runs when a leader found the queue empty, just before it releases its slot (a test seam). */
    private final Runnable beforeRelease;

    /**
     * @param maxBatch most requests in one call of the loader (1 makes every call a batch of one)
     * @param parallel most loader calls running at once
     * @param spill    requests that must be waiting before a further batch starts beside a running
     *                 one (1: whenever a slot is free)
     * @param loader   loads the values of distinct keys; a key missing from the map (or mapped to
     *                 null) reads as empty; an exception fails every request of that batch
     */
    public BatchingLoader(int maxBatch, int parallel, int spill,
            Function<List<K>, ? extends Map<K, ? extends V>> loader) {
        this(maxBatch, parallel, spill, loader, () -> { });
    }

    BatchingLoader(int maxBatch, int parallel, int spill, Function<List<K>, ? extends Map<K, ? extends V>> loader,
            Runnable beforeRelease) {
        if (maxBatch < 1 || parallel < 1 || spill < 1) {
            throw new IllegalArgumentException("maxBatch, parallel and spill must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.parallel = parallel;
        this.spill = spill;
        this.loader = Objects.requireNonNull(loader);
        this.beforeRelease = beforeRelease;
    }

    /**
     * The value of {@code key}, loaded in a batch with whatever other keys are asked for at the
     * same time; blocks until that batch is loaded. Rethrows the loader's exception (the same
     * instance every caller of that batch gets).
     */
    public Optional<V> get(K key) {
        Request<K, V> own = new Request<>(Objects.requireNonNull(key));
        queue.add(own);
        if (tryTakeSlot()) {
            // A fresh slot: own may be first in the queue, further back, or already taken by a
            // running leader. Lead one batch of whatever is queued, then pass the slot on.
            runBatch(null);
        }
        if (own.signal.join() == Signal.LEAD) {
            // The slot was handed over by taking own out of the queue: own is in no batch yet.
            runBatch(own);
        }
        return result(own);
    }

    /**
     * Loads one batch (starting with {@code first} when given), passes the slot on, and only then
     * releases the batch's callers: the next leader is woken first, so under load its query is not
     * queued for a carrier behind the work of the callers just answered.
     */
    private void runBatch(@Nullable Request<K, V> first) {
        List<Request<K, V>> batch = new ArrayList<>(Math.min(maxBatch, 16));
        try {
            if (first != null) {
                batch.add(first);
            }
            for (Request<K, V> r; batch.size() < maxBatch && (r = queue.poll()) != null; ) {
                batch.add(r);
            }
            if (!batch.isEmpty()) {
                load(batch);
            }
        } finally {
            handOff();
            for (Request<K, V> r : batch) {
                r.signal.complete(Signal.LOADED);
            }
        }
    }

    /** Sets the value (or the failure) of every request of the batch; completes none of them. */
    private void load(List<Request<K, V>> batch) {
        try {
            Set<K> distinct = new LinkedHashSet<>();
            for (Request<K, V> r : batch) {
                distinct.add(r.key);
            }
            Map<K, ? extends V> found = Objects.requireNonNull(loader.apply(List.copyOf(distinct)),
                    "the loader returned null");
            for (Request<K, V> r : batch) {
                r.value = found.get(r.key);
            }
        } catch (RuntimeException | Error e) {
            for (Request<K, V> r : batch) {
                r.value = null;
                r.failure = e;
            }
        }
    }

    /**
     * Gives the slot to the next queued request, or releases it when none is queued. After a
     * release the queue is looked at again: a request queued after the {@code poll} but before the
     * release found every slot taken and is waiting for a hand-off that would otherwise never come.
     */
    private void handOff() {
        while (true) {
            Request<K, V> next = queue.poll();
            if (next != null) {
                next.signal.complete(Signal.LEAD);
                return;
            }
            beforeRelease.run();
            slots.decrementAndGet();
            if (queue.isEmpty() || !tryTakeSlot()) {
                return;
            }
        }
    }

    /**
     * Takes a slot: always when none is taken (so the last leader to release, which looks at the
     * queue again, or a caller arriving after it, always starts the next batch), otherwise only
     * when fewer than {@code parallel} are taken and at least {@code spill} requests wait. A caller
     * refused a slot while another is taken is served by that slot's hand-off.
     */
    private boolean tryTakeSlot() {
        while (true) {
            int taken = slots.get();
            if (taken >= parallel || taken > 0 && !waiting(spill)) {
                return false;
            }
            if (slots.compareAndSet(taken, taken + 1)) {
                return true;
            }
        }
    }

    /** Whether at least {@code n} requests are queued: walks at most {@code n} of them. */
    private boolean waiting(int n) {
        int seen = 0;
        for (Iterator<Request<K, V>> it = queue.iterator(); seen < n && it.hasNext(); it.next()) {
            seen++;
        }
        return seen >= n;
    }

    private Optional<V> result(Request<K, V> own) {
        Throwable failure = own.failure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return Optional.ofNullable(own.value);
    }

    /** Batch slots in use now (for tests: zero whenever no call is in progress). */
    int slotsInUse() {
        return slots.get();
    }

    /** Requests queued and not yet taken into a batch (for tests; counts the whole queue). */
    int queued() {
        return queue.size();
    }
}
