package id.gerbang.access.internal;

import id.gerbang.agreement.AgencyChanged;
import id.gerbang.agreement.AgreementChanged;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Agreements as the checks read them: from memory, one {@link AgreementContext} per agreement and
 * Jakarta day. Dropped when the agreement module reports a change ({@link AgreementChanged} for one
 * agreement, {@link AgencyChanged} for all, since an agency's status decides its agreements), after
 * the change has committed; a day's context is never used on another day, so expiry and start
 * dates take effect at Jakarta midnight without any event.
 */
@Component
public class AgreementContexts {

    private final Agreements agreements;
    private final FieldProfiles profiles;
    private final Map<AgreementId, AgreementContext> contexts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    AgreementContexts(Agreements agreements, FieldProfiles profiles) {
        this.agreements = agreements;
        this.profiles = profiles;
    }

    public AgreementContext on(AgreementId id, LocalDate day) {
        AgreementContext context = contexts.get(id);
        if (context != null && context.day().equals(day)) {
            return context;
        }
        long before = generation.get();
        AgreementContext fresh = new AgreementContext(id, day, agreements.grantsAccessOn(id, day), profiles);
        contexts.put(id, fresh);
        if (generation.get() != before) {
            contexts.remove(id, fresh);
        }
        return fresh;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgreementChanged event) {
        generation.incrementAndGet();
        contexts.remove(event.agreementId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgencyChanged event) {
        generation.incrementAndGet();
        contexts.clear();
    }
}
