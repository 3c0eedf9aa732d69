package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgencyChanged;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.AdministrativeAction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes, inside the caller's transaction, the administrative-log record of a change and the
 * module's change event that caches listen to.
 */
@Component
class ChangePublisher {

    static final String SYSTEM = "system";

    private final ApplicationEventPublisher events;

    ChangePublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    void agency(AgencyId id, String actor, String action, @Nullable Object before, @Nullable Object after,
            @Nullable String reason) {
        events.publishEvent(new AdministrativeAction(actor, "agency." + action, "agency", id.toString(), before,
                after, reason));
        events.publishEvent(new AgencyChanged(id));
    }

    void agreement(AgreementId id, String actor, String action, @Nullable Object before, @Nullable Object after,
            @Nullable String reason) {
        events.publishEvent(new AdministrativeAction(actor, "agreement." + action, "agreement", id.toString(),
                before, after, reason));
        events.publishEvent(new AgreementChanged(id));
    }

    /** An agreement changed because something it depends on changed (its agency's status). */
    void agreementAffected(AgreementId id) {
        events.publishEvent(new AgreementChanged(id));
    }

    void notification(long id, String actor, String action, @Nullable Object before, @Nullable Object after) {
        events.publishEvent(new AdministrativeAction(actor, "notification." + action, "notification",
                Long.toString(id), before, after, null));
    }
}
