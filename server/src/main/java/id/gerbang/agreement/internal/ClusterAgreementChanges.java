package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgencyChanged;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.ChangeBroadcast;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries {@link AgreementChanged} and {@link AgencyChanged} to the other nodes (ADR 0140): announced
 * inside the changing transaction, published on the other nodes as the same events, so the caches
 * that listen to them (agreement contexts, quota limits and leases) drop the agreement there too.
 */
@Component
class ClusterAgreementChanges {

    static final String AGREEMENT = "agreement";
    static final String AGENCY = "agency";

    private final ChangeBroadcast broadcast;

    ClusterAgreementChanges(ChangeBroadcast broadcast, ApplicationEventPublisher events) {
        this.broadcast = broadcast;
        broadcast.subscribe(AGREEMENT, id -> events.publishEvent(new AgreementChanged(new AgreementId(Long.parseLong(id)))));
        broadcast.subscribe(AGENCY, id -> events.publishEvent(new AgencyChanged(new AgencyId(Long.parseLong(id)))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgreementChanged change) {
        broadcast.announce(AGREEMENT, Long.toString(change.agreementId().value()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgencyChanged change) {
        broadcast.announce(AGENCY, Long.toString(change.agencyId().value()));
    }
}
