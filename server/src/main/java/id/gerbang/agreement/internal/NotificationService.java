package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Notification;
import id.gerbang.agreement.Notifications;
import id.gerbang.agreement.PageResult;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Messages;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Notifications} facade; texts are rendered when read, in both languages. */
@Service
@Transactional
class NotificationService implements Notifications {

    private static final int MAX_PAGE_SIZE = 200;

    private final NotificationRepository notifications;
    private final Messages messages;
    private final ChangePublisher publisher;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Messages messages, ChangePublisher publisher,
            Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<Notification> list(boolean openOnly, int page, int size) {
        int s = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int p = Math.max(page, 0);
        return new PageResult<>(notifications.page(openOnly, p * s, s).stream().map(this::render).toList(), p, s,
                notifications.count(openOnly));
    }

    @Override
    public Notification acknowledge(long id, String actor) {
        Notification before = notifications.find(id).map(this::render)
                .orElseThrow(() -> new GerbangException(AgreementError.NOTIFICATION_NOT_FOUND, String.valueOf(id)));
        if (!notifications.acknowledge(id, actor, clock.instant())) {
            return before;
        }
        Notification after = render(notifications.find(id).orElseThrow());
        publisher.notification(id, actor, "acknowledged", before, after);
        return after;
    }

    List<Notification> forAgreement(AgreementId agreement) {
        return notifications.forAgreement(agreement).stream().map(this::render).toList();
    }

    private Notification render(NotificationRepository.Row r) {
        String key = "agreement.notification." + r.kind();
        Object[] args = {r.registryNumber(), r.agencyName(), r.validUntil().toString(), r.daysBefore()};
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("id", messages.indonesian(key, args));
        texts.put("en", messages.english(key, args));
        return new Notification(r.id(), r.kind(), r.agreementId(), r.registryNumber(), r.agencyName(), r.validUntil(),
                r.daysBefore(), r.dueOn(), r.createdAt(), r.acknowledgedAt(), r.acknowledgedBy(), texts);
    }
}
