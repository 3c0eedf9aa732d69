package id.gerbang.account.internal;

import id.gerbang.account.AccountChanged;
import id.gerbang.account.UserId;
import id.gerbang.common.ChangeBroadcast;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries the account module's changes to the other nodes (ADR 0140): an {@link AccountChanged}
 * that makes caches forget credentials or ends sessions is announced inside its transaction, and
 * another node's announcement is published here as the same {@link AccountChanged}, so the
 * listeners that already empty this node's caches (accepted passwords, bearer tokens, portal
 * sessions) do so for a change made elsewhere too. Registered addresses: {@link IpAllowList}.
 */
@Component
class ClusterAccountChanges {

    static final String ACCOUNT = "account";
    static final String IP = "ip";

    private final ChangeBroadcast broadcast;

    ClusterAccountChanges(ChangeBroadcast broadcast, ApplicationEventPublisher events, IpAllowList allowList) {
        this.broadcast = broadcast;
        broadcast.subscribe(ACCOUNT, payload -> {
            int colon = payload.indexOf(':');
            events.publishEvent(new AccountChanged(UserId.of(payload.substring(colon + 1)),
                    AccountChanged.Kind.valueOf(payload.substring(0, colon))));
        });
        broadcast.subscribe(IP, payload -> allowList.invalidateAfterCommit());
    }

    /** Before the commit, inside the transaction: PostgreSQL sends the notification when it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountChanged change) {
        if (change.kind().forgetsCredentials() || change.kind().endsSessions()) {
            broadcast.announce(ACCOUNT, change.kind().name() + ":" + change.userId().value());
        }
    }
}
