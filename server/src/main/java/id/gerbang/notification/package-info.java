/**
 * Notifications: the one way a module tells people something. A producer (an event listener or a
 * daily job) calls {@link id.gerbang.notification.Notifier#send} with a {@link
 * id.gerbang.notification.NotificationKind}, a key that names the trigger (each recipient gets a
 * trigger once) and the message's arguments; every recipient finds it in the portal's inbox
 * ({@link id.gerbang.notification.Inbox}) and, where SMTP is configured and the user wants that kind
 * by e-mail ({@link id.gerbang.notification.NotificationPreferences}), in the mailbox. How to add a
 * kind: {@code docs/notification.md}.
 */
@ApplicationModule(displayName = "Notification",
        allowedDependencies = {"common", "account", "agreement", "quota", "feedback", "report"})
@NullMarked
package id.gerbang.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
