package id.gerbang.quota.internal;

import id.gerbang.common.JakartaTime;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets the in-memory lanes and limits of past days (the counters stay in the database). */
@Component
class QuotaHousekeeping {

    private final UsageCounter counter;
    private final QuotaLimits limits;
    private final Clock clock;

    QuotaHousekeeping(UsageCounter counter, QuotaLimits limits, Clock clock) {
        this.counter = counter;
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetPastLanes() {
        counter.forgetLanesBefore(JakartaTime.today(clock).minusDays(1));
        limits.forgetBefore(JakartaTime.today(clock).minusDays(1));
    }
}
