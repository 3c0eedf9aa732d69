package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.quota.QuotaOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Combines concurrent requests for the same agreement and day into one database transaction
 * (docs/adr/0027): each (agreement, day) has a lane; the first request to find its lane idle
 * becomes the leader, takes up to {@code maxBatch} waiting requests, resolves the limits once, and
 * asks {@link CounterStore} for the whole batch; then it hands the lead to the next waiting request
 * (or leaves the lane idle) and returns. Requests never wait for a timer: under light load a batch
 * is one request; under heavy load batches grow by themselves while the previous one is in the
 * database. Exactness does not depend on this class: it only reduces round trips.
 */
@Component
public class UsageCounter {

    private record LaneKey(long agreement, LocalDate day) {
    }

    /** The outcome and the limit that decided it (the user's for {@code EXHAUSTED_USER}). */
    public record Verdict(QuotaOutcome outcome, long limit) {
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean busy = new AtomicBoolean();
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
    private final int maxBatch;
    private final Map<LaneKey, Lane> lanes = new ConcurrentHashMap<>();

    UsageCounter(CounterStore store, QuotaLimits limits, QuotaProperties properties) {
        this.store = store;
        this.limits = limits;
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
                    decide(agreement, day, batch);
                }
            }
        } finally {
            handOff(lane);
        }
        return await(own);
    }

    private void decide(AgreementId agreement, LocalDate day, List<Pending> batch) {
        try {
            long agreementLimit = limits.agreementLimit(agreement, day);
            Map<UserId, Long> userLimits = limits.userLimits(agreement,
                    batch.stream().map(p -> p.user).filter(java.util.Objects::nonNull).distinct().toList(), day);
            List<CounterStore.Ask> asks = batch.stream()
                    .map(p -> new CounterStore.Ask(p.user, p.user == null ? null : userLimits.get(p.user)))
                    .toList();
            List<QuotaOutcome> outcomes = store.grant(agreement.value(), day, agreementLimit, asks);
            for (int i = 0; i < batch.size(); i++) {
                QuotaOutcome outcome = outcomes.get(i);
                long limit = outcome == QuotaOutcome.EXHAUSTED_USER ? asks.get(i).userLimit() : agreementLimit;
                batch.get(i).result.complete(new Verdict(outcome, limit));
            }
        } catch (RuntimeException | Error e) {
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

    /** Forgets lanes of days before {@code oldestKept}; a lane in use keeps working even when forgotten. */
    void forgetLanesBefore(LocalDate oldestKept) {
        lanes.keySet().removeIf(key -> key.day().isBefore(oldestKept));
    }

    int laneCount() {
        return lanes.size();
    }
}
