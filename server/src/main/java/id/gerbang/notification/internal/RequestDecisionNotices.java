package id.gerbang.notification.internal;

import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrationDecided;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplicationDecided;
import id.gerbang.agreement.AgencyId;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.Notifier;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequestDecided;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's decisions on an agency's requests (user-ID applications, IP registrations, quota
 * increases) to that agency's administrators. A withdrawal is the agency's own act: no notice. The
 * reason typed by the registry is not copied into the message (it may name people); the page the
 * link opens shows it.
 */
@Component
class RequestDecisionNotices {

    static final String APPLICATIONS = "/portal/admin/applications";
    static final String IPS = "/portal/admin/ips";
    static final String QUOTA = "/portal/admin/quota";

    private final Recipients recipients;
    private final Notifier notifier;

    RequestDecisionNotices(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UserApplicationDecided e) {
        boolean approved = e.status() == UserApplication.Status.APPROVED;
        if (approved || e.status() == UserApplication.Status.REJECTED) {
            notice(NotificationKind.USER_APPLICATION_DECIDED, "user-application", e.applicationId(), e.agency(), approved,
                    APPLICATIONS);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IpRegistrationDecided e) {
        boolean approved = e.status() == IpRegistration.Status.ACTIVE;
        if (approved || e.status() == IpRegistration.Status.REJECTED) {
            notice(NotificationKind.IP_REGISTRATION_DECIDED, "ip-registration", e.registrationId(), e.agency(), approved, IPS);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IncreaseRequestDecided e) {
        boolean approved = e.status() == IncreaseRequest.Status.APPROVED;
        if (approved || e.status() == IncreaseRequest.Status.REJECTED) {
            notice(NotificationKind.QUOTA_INCREASE_DECIDED, "quota-increase", e.requestId(), e.agency(), approved, QUOTA);
        }
    }

    private void notice(NotificationKind kind, String what, long id, AgencyId agency, boolean approved, String link) {
        String decision = approved ? "APPROVED" : "REJECTED";
        notifier.send(kind, what + "-decided:" + id, recipients.agencyAdministrators(agency),
                List.of(Long.toString(id), "#notification.decision." + decision), link);
    }
}
