package id.gerbang.quota.internal;

import id.gerbang.common.ChangeBroadcast;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries {@link UserLimitSet} (a user's own quota set or lifted) to the other nodes (ADR 0140), so
 * their {@link QuotaLimits} drop the agreement's user limits when it commits, not at the next refresh.
 */
@Component
class ClusterQuotaChanges {

    static final String USER_LIMIT = "user-limit";

    private final ChangeBroadcast broadcast;

    ClusterQuotaChanges(ChangeBroadcast broadcast, ApplicationEventPublisher events) {
        this.broadcast = broadcast;
        broadcast.subscribe(USER_LIMIT, id -> events.publishEvent(new UserLimitSet(Long.parseLong(id))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(UserLimitSet set) {
        broadcast.announce(USER_LIMIT, Long.toString(set.agreementId()));
    }
}
