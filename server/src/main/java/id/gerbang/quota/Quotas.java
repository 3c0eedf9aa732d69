package id.gerbang.quota;

import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.internal.CounterStore;
import id.gerbang.quota.internal.QuotaLimits;
import id.gerbang.quota.internal.QuotaProperties;
import id.gerbang.quota.internal.UsageCounter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Daily quotas for the data channels. Days are Jakarta days: the caller passes the day of the
 * request ({@link JakartaTime#today}); the counters of a day never change after it.
 */
@Service
public class Quotas {

    private final UsageCounter counter;
    private final CounterStore store;
    private final QuotaLimits limits;
    private final QuotaProperties properties;

    Quotas(UsageCounter counter, CounterStore store, QuotaLimits limits, QuotaProperties properties) {
        this.counter = counter;
        this.store = store;
        this.limits = limits;
        this.properties = properties;
    }

    /**
     * Takes one unit of the agreement's quota for {@code day}, and of the user's own quota when the
     * user has one. Never more than the limit, on any number of server instances; exact: with Q
     * units left and N concurrent calls, exactly min(N, Q) are granted, except that with several
     * instances a block leased by one of them and not yet spent (docs/adr/0052, only for quotas of
     * 1,000 a day or more) is refused to the others until it is spent or returned. A denied call
     * consumes nothing.
     */
    public QuotaDecision tryConsume(AgreementId agreement, @Nullable UserId user, LocalDate day) {
        UsageCounter.Verdict verdict = counter.consume(agreement, user, day);
        return new QuotaDecision(verdict.outcome(), verdict.limit(), JakartaTime.startOf(day.plusDays(1)));
    }

    /**
     * The units used on {@code day}: the counter less the units this instance holds leased and
     * unspent (docs/adr/0052). Leases of other instances (at most one block each) count as used
     * until they are spent or returned.
     */
    public DailyUsage usage(AgreementId agreement, LocalDate day) {
        // The lease is read before the counter: a block reserved in between then shows as used for
        // a moment; the other order could show less than was granted.
        long lease = counter.unspentLease(agreement.value(), day);
        long used = Math.max(0, store.agreementUsed(agreement.value(), day) - lease);
        return new DailyUsage(agreement, day, used, limits.agreementLimit(agreement, day));
    }

    /**
     * Usage for every day of {@code from..to} (both included), days without use as 0; as
     * {@link #usage}, less this instance's unspent leases.
     *
     * @throws GerbangException {@code PERIOD_INVALID} when {@code to} is before {@code from} or the
     *                          period is longer than {@code gerbang.quota.max-period-days}
     */
    public List<DailyUsage> usageBetween(AgreementId agreement, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1 || days > properties.maxPeriodDays()) {
            throw new GerbangException(QuotaError.PERIOD_INVALID, Map.of("to", "quota.period.invalid"),
                    properties.maxPeriodDays());
        }
        Map<LocalDate, Long> leases = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            leases.put(d, counter.unspentLease(agreement.value(), d));
        }
        Map<LocalDate, Long> counters = store.agreementUsedBetween(agreement.value(), from, to);
        List<DailyUsage> result = new ArrayList<>((int) days);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long used = Math.max(0, counters.getOrDefault(d, 0L) - leases.getOrDefault(d, 0L));
            result.add(new DailyUsage(agreement, d, used, limits.agreementLimit(agreement, d)));
        }
        return result;
    }

    /** The user's own daily limit on {@code day}, if it has one (else only the agreement's applies). */
    public java.util.OptionalLong userLimit(AgreementId agreement, UserId user, LocalDate day) {
        Long limit = limits.userLimits(agreement, java.util.List.of(user), day).get(user);
        return limit == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(limit);
    }

    /** Units the user has used of its own quota on {@code day} (counted only while it has one). */
    public long userUsage(AgreementId agreement, UserId user, LocalDate day) {
        return store.userUsed(agreement.value(), user, day);
    }
}
