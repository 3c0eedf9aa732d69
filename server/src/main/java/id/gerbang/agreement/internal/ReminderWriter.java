package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementEndApproaching;
import id.gerbang.agreement.Notification;
import id.gerbang.agreement.internal.AgreementReader.Loaded;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates the reminders before an agreement's last valid day. Of the thresholds already reached
 * only the nearest one is created (an agreement recorded 20 days before its end gets the 30-day
 * reminder, not also the 90-day one), and each exists at most once per last valid day: an extension
 * starts a new series.
 */
@Component
class ReminderWriter {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderWriter(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the reminder due today, if any and not yet created; returns its id. */
    Optional<Long> remindIfDue(Loaded l, LocalDate today, List<Integer> thresholds) {
        LocalDate end = l.latest().validUntil();
        Optional<Integer> due = dueThreshold(end, today, thresholds);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int days = due.get();
        if (notifications.exists(l.row().id(), Notification.AGREEMENT_EXPIRING, end, days)) {
            return Optional.empty();
        }
        long id = notifications.insert(l.row().id(), Notification.AGREEMENT_EXPIRING, end, days,
                end.minusDays(days), clock.instant());
        events.publishEvent(new AgreementEndApproaching(l.row().id(), end, days, id));
        return Optional.of(id);
    }

    /** The smallest threshold already reached on {@code today}, if the end has not passed. */
    static Optional<Integer> dueThreshold(LocalDate end, LocalDate today, List<Integer> thresholds) {
        if (today.isAfter(end)) {
            return Optional.empty();
        }
        return thresholds.stream().filter(d -> !today.isBefore(end.minusDays(d))).min(Integer::compare);
    }
}
