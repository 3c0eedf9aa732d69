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
     * user has one. Exact: with Q units left and N concurrent calls on any number of server
     * instances, exactly min(N, Q) are granted. A denied call consumes nothing.
     */
    public QuotaDecision tryConsume(AgreementId agreement, @Nullable UserId user, LocalDate day) {
        UsageCounter.Verdict verdict = counter.consume(agreement, user, day);
        return new QuotaDecision(verdict.outcome(), verdict.limit(), JakartaTime.startOf(day.plusDays(1)));
    }

    public DailyUsage usage(AgreementId agreement, LocalDate day) {
        return new DailyUsage(agreement, day, store.agreementUsed(agreement.value(), day),
                limits.agreementLimit(agreement, day));
    }

    /**
     * Usage for every day of {@code from..to} (both included), days without use as 0.
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
        Map<LocalDate, Long> used = store.agreementUsedBetween(agreement.value(), from, to);
        List<DailyUsage> result = new ArrayList<>((int) days);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            result.add(new DailyUsage(agreement, d, used.getOrDefault(d, 0L), limits.agreementLimit(agreement, d)));
        }
        return result;
    }

    /** Units the user has used of its own quota on {@code day} (counted only while it has one). */
    public long userUsage(AgreementId agreement, UserId user, LocalDate day) {
        return store.userUsed(agreement.value(), user, day);
    }
}
