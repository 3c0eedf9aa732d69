package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The limits in force on a Jakarta day: the agreement's daily quota from its terms that day (0 when
 * it has no terms that day), and the users' own quotas.
 *
 * <p>Both are kept in memory per (agreement, day) for {@code gerbang.quota.limit-cache-ttl}: a batch
 * needs its limits before it can touch a counter, reconstructing an agreement's terms takes several
 * queries, and the user limits are on the lookup hot path (docs/adr/0050). The user limits of an
 * agreement are loaded for all its users in one query. A change on this instance drops the
 * agreement's entries once its transaction has committed ({@link UserLimitSet} here;
 * {@link AgreementChanged} in {@link UsageCounter}, which then returns the agreement's leases); a
 * change made on another instance applies here within the time to live.
 * The limits only say how far a counter may go; the counting itself stays exact.
 */
@Component
public class QuotaLimits {

    private record Key(long agreement, LocalDate day) {
    }

    /**
     * A cached value with the time it was loaded and the generation of the cache it was loaded in:
     * an entry loaded while a change was being dropped (an older generation) is not used, so a load
     * that raced with a change cannot keep the old value for a whole time to live.
     */
    private record Cached<T>(T value, long loadedAtNanos, long generation) {
    }

    private final Agreements agreements;
    private final UserQuotaRepository userQuotas;
    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Cached<Long>> agreementLimits = new ConcurrentHashMap<>();
    private final Map<Key, Cached<Map<UserId, Long>>> userLimits = new ConcurrentHashMap<>();

    QuotaLimits(Agreements agreements, UserQuotaRepository userQuotas, QuotaProperties properties) {
        this.agreements = agreements;
        this.userQuotas = userQuotas;
        this.ttlNanos = properties.limitCacheTtl().toNanos();
    }

    public long agreementLimit(AgreementId agreement, LocalDate day) {
        return cached(agreementLimits, new Key(agreement.value(), day),
                () -> agreements.termsOn(agreement, day).map(terms -> (long) terms.dailyQuota()).orElse(0L));
    }

    /** The users of {@code users} that have a quota of their own that day, with it. */
    public Map<UserId, Long> userLimits(AgreementId agreement, List<UserId> users, LocalDate day) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<UserId, Long> all = cached(userLimits, new Key(agreement.value(), day),
                () -> Map.copyOf(userQuotas.allLimitsOn(agreement.value(), day)));
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<UserId, Long> limits = new HashMap<>();
        for (UserId user : users) {
            Long limit = all.get(user);
            if (limit != null) {
                limits.put(user, limit);
            }
        }
        return limits;
    }

    private <T> T cached(Map<Key, Cached<T>> cache, Key key, Supplier<T> load) {
        long now = System.nanoTime();
        Cached<T> cached = cache.get(key);
        if (cached != null && now - cached.loadedAtNanos() < ttlNanos && cached.generation() == generation.get()) {
            return cached.value();
        }
        long loadedIn = generation.get();
        T value = load.get();
        if (ttlNanos > 0) {
            cache.put(key, new Cached<>(value, now, loadedIn));
        }
        return value;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UserLimitSet set) {
        forget(set.agreementId());
    }

    /** Drops the cached limits of the agreement, of every day. */
    void forget(long agreement) {
        generation.incrementAndGet();
        agreementLimits.keySet().removeIf(key -> key.agreement() == agreement);
        userLimits.keySet().removeIf(key -> key.agreement() == agreement);
    }

    /** Forgets entries of days before {@code oldestKept}. */
    void forgetBefore(LocalDate oldestKept) {
        agreementLimits.keySet().removeIf(key -> key.day().isBefore(oldestKept));
        userLimits.keySet().removeIf(key -> key.day().isBefore(oldestKept));
    }
}
