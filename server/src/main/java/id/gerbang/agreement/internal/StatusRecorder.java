package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.internal.AgreementReader.Loaded;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records status transitions (row, history and events together) and the automatic expiry. Callers
 * hold the agreement's row lock.
 */
@Component
class StatusRecorder {

    private final AgreementRepository agreements;
    private final AgreementReader reader;
    private final ChangePublisher publisher;
    private final Clock clock;

    StatusRecorder(AgreementRepository agreements, AgreementReader reader, ChangePublisher publisher, Clock clock) {
        this.agreements = agreements;
        this.reader = reader;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Moves the agreement to {@code to} and returns it reloaded. */
    Loaded transition(Loaded l, AgreementStatus to, String actor, @Nullable String reason,
            @Nullable String reference) {
        AgreementView before = reader.view(l);
        AgreementStatus from = l.row().status();
        agreements.updateStatus(l.row().id(), to);
        agreements.insertStatusChange(l.row().id(),
                new AgreementStatusChange(from, to, clock.instant(), actor, reason, reference));
        Loaded after = reader.load(l.row().id());
        publisher.agreement(l.row().id(), actor, action(from, to), before, reader.view(after), reason);
        return after;
    }

    /**
     * Records the expiry, as {@code system}, of an agreement in force whose last valid day has passed
     * (and which no recorded addendum extends beyond today). Returns the agreement as it now is.
     */
    Loaded expireIfDue(Loaded l, LocalDate today) {
        if (!l.row().status().inForce()) {
            return l;
        }
        LocalDate endToday = l.folded(today).validUntil();
        LocalDate endLatest = l.latest().validUntil();
        if (!today.isAfter(endToday) || !today.isAfter(endLatest)) {
            return l;
        }
        return transition(l, AgreementStatus.EXPIRED, ChangePublisher.SYSTEM,
                "last valid day " + endToday + " passed (Asia/Jakarta)", null);
    }

    LocalDate today() {
        return JakartaTime.today(clock);
    }

    private static String action(@Nullable AgreementStatus from, AgreementStatus to) {
        if (from == AgreementStatus.SUSPENDED && to == AgreementStatus.ACTIVE) {
            return "resumed";
        }
        if (from == AgreementStatus.EXPIRED && to != AgreementStatus.TERMINATED) {
            return "reinstated";
        }
        return switch (to) {
            case ACTIVE -> "activated";
            case SUSPENDED -> "suspended";
            case TERMINATED -> "terminated";
            case EXPIRED -> "expired";
            case DRAFT -> "created";
        };
    }
}
