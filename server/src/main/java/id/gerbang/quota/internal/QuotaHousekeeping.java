package id.gerbang.quota.internal;

import id.gerbang.common.JakartaTime;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the unspent leases of past days and forgets the in-memory lanes and limits of days before
 * yesterday (the counters stay in the database; a request of yesterday may still be on its way).
 */
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

    /**
     * Runs on every node, by design (issue 20): the lanes, leases and cached limits it returns and
     * forgets are this node's own memory; a lease returned gives back only the units this node
     * itself reserved and did not spend, so no node can return another's.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetPastLanes() {
        counter.returnLeasesBefore(JakartaTime.today(clock));
        counter.forgetLanesBefore(JakartaTime.today(clock).minusDays(1));
        limits.forgetBefore(JakartaTime.today(clock).minusDays(1));
    }
}
