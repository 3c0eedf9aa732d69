package id.gerbang.quota.internal;

import id.gerbang.common.JakartaTime;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets the in-memory lanes of past days (the counters stay in the database). */
@Component
class QuotaHousekeeping {

    private final UsageCounter counter;
    private final Clock clock;

    QuotaHousekeeping(UsageCounter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetPastLanes() {
        counter.forgetLanesBefore(JakartaTime.today(clock).minusDays(1));
    }
}
