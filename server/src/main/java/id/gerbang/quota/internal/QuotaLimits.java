package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The limits in force on a Jakarta day: the agreement's daily quota from its terms that day (0 when
 * it has no terms that day), and the users' own quotas.
 *
 * <p>Agreement limits are kept in memory for {@code gerbang.quota.limit-cache-ttl}: reconstructing
 * an agreement's terms takes several queries, and a batch needs its limit before it can touch a
 * counter. A change of the agreement on this instance ({@link AgreementChanged}) drops the entry
 * once its transaction has committed; a change made on another instance applies here within the
 * time to live. The limit only says how far a counter may go; the counting itself stays exact.
 */
@Component
public class QuotaLimits {

    private record Key(long agreement, LocalDate day) {
    }

    private record Cached(long limit, long loadedAtNanos) {
    }

    private final Agreements agreements;
    private final UserQuotaRepository userQuotas;
    private final long ttlNanos;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    QuotaLimits(Agreements agreements, UserQuotaRepository userQuotas, QuotaProperties properties) {
        this.agreements = agreements;
        this.userQuotas = userQuotas;
        this.ttlNanos = properties.limitCacheTtl().toNanos();
    }

    public long agreementLimit(AgreementId agreement, LocalDate day) {
        Key key = new Key(agreement.value(), day);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.loadedAtNanos() < ttlNanos) {
            return cached.limit();
        }
        long limit = agreements.termsOn(agreement, day).map(terms -> (long) terms.dailyQuota()).orElse(0L);
        if (ttlNanos > 0) {
            cache.put(key, new Cached(limit, now));
        }
        return limit;
    }

    /** The users of {@code users} that have a quota of their own that day, with it. */
    public Map<UserId, Long> userLimits(AgreementId agreement, List<UserId> users, LocalDate day) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return userQuotas.limitsOn(agreement.value(), users, day);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgreementChanged changed) {
        long id = changed.agreementId().value();
        cache.keySet().removeIf(key -> key.agreement() == id);
    }

    /** Forgets entries of days before {@code oldestKept}. */
    void forgetBefore(LocalDate oldestKept) {
        cache.keySet().removeIf(key -> key.day().isBefore(oldestKept));
    }
}
