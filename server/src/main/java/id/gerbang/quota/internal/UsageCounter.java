package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.quota.QuotaOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Combines concurrent requests for the same agreement and day into one database transaction
 * (docs/adr/0027): each (agreement, day) has a lane; the first request to find its lane idle
 * becomes the leader, takes up to {@code maxBatch} waiting requests, resolves the limits once, and
 * asks {@link CounterStore} for the whole batch; then it hands the lead to the next waiting request
 * (or leaves the lane idle) and returns. Requests never wait for a timer: under light load a batch
 * is one request; under heavy load batches grow by themselves while the previous one is in the
 * database. Exactness does not depend on the batching: it only reduces round trips.
 *
 * <p><b>Leases</b> (docs/adr/0052): far from the agreement's limit, a batch without user limits
 * also reserves a block of units in the same statement, and later batches of the lane are granted
 * from that block in memory, without a transaction, until it is spent. The block is counted in the
 * database as soon as it is reserved, so no number of instances can grant beyond the limit; near
 * the limit the block no longer fits and every batch is decided by the database again. Unspent units
 * go back to the counter when the instance stops, when the agreement changes (its limit may have
 * been lowered) and when the lane is forgotten. A crash loses at most one block per lane for the
 * day: the agency is refused early, never served beyond its quota. Batches with user limits never
 * use the lease.
 */
@Component
public class UsageCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UsageCounter.class);

    private record LaneKey(long agreement, LocalDate day) {
    }

    /** The outcome and the limit that decided it (the user's for {@code EXHAUSTED_USER}). */
    public record Verdict(QuotaOutcome outcome, long limit) {
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean busy = new AtomicBoolean();
        /**
         * Units reserved in the database by this instance and not yet granted. Taken by the lane's
         * leader, emptied by returns from any thread: only ever changed atomically, so a unit is
         * either granted or returned, never both, never neither.
         */
        final AtomicLong lease = new AtomicLong();
        // Read and written by the lane's leader only (the lead is handed over through a
        // CompletableFuture or the busy flag, which order these writes before the next leader's reads).
        /** The agreement's limit when the current lease was reserved. */
        long leaseLimit;
        /** A block did not fit under this limit: decide by the database until the limit changes. */
        long noBlockAtLimit = -1;

        /** Takes up to {@code wanted} units of the lease; returns how many. */
        long take(long wanted) {
            while (true) {
                long units = lease.get();
                long taken = Math.min(units, wanted);
                if (taken <= 0) {
                    return 0;
                }
                if (lease.compareAndSet(units, units - taken)) {
                    return taken;
                }
            }
        }
    }

    private static final class Pending {
        final @Nullable UserId user;
        /** The decision on this request. */
        final CompletableFuture<Verdict> result = new CompletableFuture<>();
        /** Completed when the lead of the lane is handed to this request's thread. */
        final CompletableFuture<Void> lead = new CompletableFuture<>();

        Pending(@Nullable UserId user) {
            this.user = user;
        }
    }

    private final CounterStore store;
    private final QuotaLimits limits;
    private final QuotaProperties properties;
    private final int maxBatch;
    private final Map<LaneKey, Lane> lanes = new ConcurrentHashMap<>();
    /** False once stopped: no new blocks are reserved (the lifecycle's "running"). */
    private volatile boolean leasing = true;

    UsageCounter(CounterStore store, QuotaLimits limits, QuotaProperties properties) {
        this.store = store;
        this.limits = limits;
        this.properties = properties;
        this.maxBatch = properties.maxBatch();
    }

    /** Grants one unit or says why not; blocks until the batch holding the request is decided. */
    public Verdict consume(AgreementId agreement, @Nullable UserId user, LocalDate day) {
        Lane lane = lanes.computeIfAbsent(new LaneKey(agreement.value(), day), k -> new Lane());
        Pending own = new Pending(user);
        lane.queue.add(own);
        boolean handedOver = false;
        if (!lane.busy.compareAndSet(false, true)) {
            CompletableFuture.anyOf(own.result, own.lead).exceptionally(e -> null).join();
            if (own.result.isDone()) {
                return await(own);
            }
            handedOver = true;
        }
        try {
            while (!own.result.isDone()) {
                List<Pending> batch = new ArrayList<>();
                if (handedOver) {
                    batch.add(own);
                    handedOver = false;
                }
                for (Pending p; batch.size() < maxBatch && (p = lane.queue.poll()) != null; ) {
                    batch.add(p);
                }
                if (!batch.isEmpty()) {
                    decide(agreement, day, lane, batch);
                }
            }
        } finally {
            handOff(lane);
        }
        return await(own);
    }

    private void decide(AgreementId agreement, LocalDate day, Lane lane, List<Pending> batch) {
        try {
            long agreementLimit = limits.agreementLimit(agreement, day);
            Map<UserId, Long> userLimits = limits.userLimits(agreement,
                    batch.stream().map(p -> p.user).filter(Objects::nonNull).distinct().toList(), day);
            if (agreementLimit < lane.leaseLimit) {
                // The limit was lowered since the block was reserved (seen here before or without
                // an AgreementChanged on this instance): the rest of the block may be beyond it.
                returnLease(agreement.value(), day, lane);
            }
            List<Pending> rest = batch;
            if (userLimits.isEmpty() && agreementLimit > 0) {
                int fromLease = (int) lane.take(batch.size());
                for (int i = 0; i < fromLease; i++) {
                    batch.get(i).result.complete(new Verdict(QuotaOutcome.GRANTED, agreementLimit));
                }
                rest = batch.subList(fromLease, batch.size());
            }
            if (rest.isEmpty()) {
                return;
            }
            List<CounterStore.Ask> asks = rest.stream()
                    .map(p -> new CounterStore.Ask(p.user, p.user == null ? null : userLimits.get(p.user)))
                    .toList();
            long block = leasing && userLimits.isEmpty() && agreementLimit != lane.noBlockAtLimit
                    ? properties.leaseBlock(agreementLimit) : 0;
            CounterStore.Grant grant = store.grant(agreement.value(), day, agreementLimit, asks, block);
            if (grant.leased() > 0) {
                lane.leaseLimit = agreementLimit;
                lane.lease.addAndGet(grant.leased());
            }
            if (grant.blockRefused()) {
                lane.noBlockAtLimit = agreementLimit;
            }
            for (int i = 0; i < rest.size(); i++) {
                QuotaOutcome outcome = grant.outcomes().get(i);
                Long userLimit = asks.get(i).userLimit();
                long limit = outcome == QuotaOutcome.EXHAUSTED_USER && userLimit != null ? userLimit : agreementLimit;
                rest.get(i).result.complete(new Verdict(outcome, limit));
            }
        } catch (RuntimeException | Error e) {
            // Requests already granted from the lease keep their grant (completing again is a no-op).
            batch.forEach(p -> p.result.completeExceptionally(e));
        }
    }

    /** Passes the lead to the next waiting request, or leaves the lane idle when none waits. */
    private static void handOff(Lane lane) {
        while (true) {
            Pending next = lane.queue.poll();
            if (next != null) {
                next.lead.complete(null);
                return;
            }
            lane.busy.set(false);
            if (lane.queue.isEmpty() || !lane.busy.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private static Verdict await(Pending pending) {
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Gives the lane's unspent units back to the database counter. The units leave the lease before
     * the counter is lowered, so in between the counter over-counts (refuses early), never under-counts;
     * when the update fails they go back into the lease.
     */
    private void returnLease(long agreement, LocalDate day, Lane lane) {
        long units = lane.lease.getAndSet(0);
        if (units == 0) {
            return;
        }
        try {
            store.release(agreement, day, units);
        } catch (RuntimeException e) {
            lane.lease.addAndGet(units);
            log.warn("Could not return {} leased quota units of agreement {} for {}: {}", units, agreement, day,
                    e.toString());
        }
    }

    /** Units this instance holds reserved and unspent for the agreement and day. */
    public long unspentLease(long agreement, LocalDate day) {
        Lane lane = lanes.get(new LaneKey(agreement, day));
        return lane == null ? 0 : lane.lease.get();
    }

    /** The agreement's limit may have been lowered: its leases go back; new ones are taken under the new limit. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgreementChanged changed) {
        long agreement = changed.agreementId().value();
        // Before the return, so that no batch reserves again under the old limit from the cache.
        limits.forget(agreement);
        lanes.forEach((key, lane) -> {
            if (key.agreement() == agreement) {
                returnLease(key.agreement(), key.day(), lane);
            }
        });
    }

    /** Returns the leases of days before {@code day}, whose lanes are idle or nearly so. */
    void returnLeasesBefore(LocalDate day) {
        lanes.forEach((key, lane) -> {
            if (key.day().isBefore(day)) {
                returnLease(key.agreement(), key.day(), lane);
            }
        });
    }

    /**
     * Forgets lanes of days before {@code oldestKept}, returning their leases; a lane in use keeps
     * working even when forgotten.
     */
    void forgetLanesBefore(LocalDate oldestKept) {
        for (Iterator<Map.Entry<LaneKey, Lane>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<LaneKey, Lane> entry = it.next();
            if (entry.getKey().day().isBefore(oldestKept)) {
                it.remove();
                returnLease(entry.getKey().agreement(), entry.getKey().day(), entry.getValue());
            }
        }
    }

    int laneCount() {
        return lanes.size();
    }

    /** Leasing is on from construction; {@link #stop} turns it off. */
    @Override
    public void start() {
        leasing = true;
    }

    /**
     * Graceful shutdown: no new blocks, and every unspent unit goes back to the counter, so that the
     * units stay available to the other instances (or to this one after its restart).
     */
    @Override
    public void stop() {
        leasing = false;
        lanes.forEach((key, lane) -> returnLease(key.agreement(), key.day(), lane));
    }

    @Override
    public boolean isRunning() {
        return leasing;
    }

    /**
     * Low: stopped after the web server (whose graceful shutdown lets requests in flight finish)
     * and before the data source is closed (beans are destroyed after every lifecycle has stopped).
     */
    @Override
    public int getPhase() {
        return 0;
    }
}
