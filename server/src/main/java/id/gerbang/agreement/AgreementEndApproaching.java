package id.gerbang.agreement;

import java.time.LocalDate;

/**
 * Published once per reminder when an agreement's last valid day approaches (90, 30 and 7 days
 * before, configurable). The stored notification is the source of truth; this event is the
 * extension point for sending e-mail or other messages.
 */
public record AgreementEndApproaching(AgreementId agreementId, LocalDate validUntil, int daysBefore,
        long notificationId) {
}
