package id.gerbang.notification.internal;

import id.gerbang.agreement.AgreementEndApproaching;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Agreement expiry (90/30/7 days, the agreement module's reminder, ADR 0023) to the agency's
 * administrators, with a link to their agreements page, and to the registry administrators.
 */
@Component
class AgreementExpiryNotices {

    static final String AGENCY_LINK = "/portal/admin/agreements";

    private final Agreements agreements;
    private final Recipients recipients;
    private final Notifier notifier;

    AgreementExpiryNotices(Agreements agreements, Recipients recipients, Notifier notifier) {
        this.agreements = agreements;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgreementEndApproaching event) {
        AgreementView agreement = agreements.find(event.agreementId()).orElse(null);
        if (agreement == null) {
            return;
        }
        String key = "agreement-expiring:" + event.agreementId().value() + ":" + event.validUntil() + ":" + event.daysBefore();
        List<String> args = List.of(agreement.registryNumber(), agreement.agencyName(), event.validUntil().toString(),
                Integer.toString(event.daysBefore()));
        notifier.send(NotificationKind.AGREEMENT_EXPIRING, key, recipients.agencyAdministrators(agreement.agencyId()),
                args, AGENCY_LINK);
        notifier.send(NotificationKind.AGREEMENT_EXPIRING, key, recipients.registryAdministrators(), args, null);
    }
}
