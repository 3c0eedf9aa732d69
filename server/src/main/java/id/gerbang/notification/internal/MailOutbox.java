package id.gerbang.notification.internal;

import id.gerbang.account.UserId;
import id.gerbang.notification.NotificationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails of stored notifications (the rows with {@code mail_to} and no {@code mailed_at})
 * off the producer's thread and transaction: a failing or slow mail server never holds up a
 * decision or loses a notification. Each row is claimed with a conditional update before it is
 * sent, so two servers never send the same e-mail; a failed send is retried at the next run, up to
 * {@code mail-max-attempts}. Without a mail server ({@code spring.mail.host} unset) nothing is queued.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationStore store;
    private final Preferences preferences;
    private final NotificationProperties properties;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, NotificationStore store, Preferences preferences,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.store = store;
        this.preferences = preferences;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs on every node (issue 20), idempotent by design: each e-mail is claimed by one conditional
     * update of its row ({@code mail_claimed_until}) before it is sent, so two nodes never send the
     * same one; a node that dies holding a claim frees it when the claim ends.
     */
    @Scheduled(fixedDelayString = "${gerbang.notification.mail-delay:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        sendDue();
    }

    /** Sends every due e-mail; returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Due> due = jdbc.sql("select id, recipient, kind, arguments, mail_to from notification"
                        + " where mailed_at is null and mail_to is not null and mail_attempts < ?"
                        + " and (mail_claimed_until is null or mail_claimed_until < ?) order by id fetch first 200 rows only")
                .params(properties.mailMaxAttempts(), Timestamp.from(clock.instant()))
                .query((rs, i) -> new Due(rs.getLong("id"), UserId.of(rs.getString("recipient")),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("arguments"), rs.getString("mail_to")))
                .list();
        int sent = 0;
        for (Due d : due) {
            if (claim(d.id()) && send(sender, d)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.sql("update notification set mail_claimed_until = ?, mail_attempts = mail_attempts + 1"
                        + " where id = ? and mailed_at is null and (mail_claimed_until is null or mail_claimed_until < ?)")
                .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update() == 1;
    }

    private boolean send(JavaMailSender sender, Due d) {
        NotificationStore.Rendered text = store.render(d.kind(), d.arguments(), preferences.locale(d.recipient()));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(d.mailTo());
        message.setSubject("[Gerbang] " + text.subject());
        message.setText(text.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            // the address is the user's own; the message text is not logged
            log.warn("E-mail of notification {} not sent ({}); retried later", d.id(), e.getClass().getSimpleName());
            jdbc.sql("update notification set mail_claimed_until = null where id = ?").param(d.id()).update();
            return false;
        }
        jdbc.sql("update notification set mailed_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), d.id()).update();
        return true;
    }

    private record Due(long id, UserId recipient, NotificationKind kind, String arguments, @Nullable String mailTo) {
    }
}
