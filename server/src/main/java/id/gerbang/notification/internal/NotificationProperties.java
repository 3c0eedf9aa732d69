package id.gerbang.notification.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification module ({@code gerbang.notification.*}); see {@code docs/notification.md}.
 *
 * @param dailyCron        when the daily reminders run (Asia/Jakarta; {@code -} switches them off);
 *                         read by the {@code @Scheduled} annotation from the same key
 * @param waitingDays      after how many days a request without the registry's decision is reported
 * @param feedbackLookback how many days of lookups the data-balikan reminder reconciles
 * @param mailFrom         the sender address of e-mails
 * @param mailDelay        how often the e-mail outbox is sent (read by {@code @Scheduled})
 * @param mailMaxAttempts  after how many failed sends an e-mail is given up (it stays in the inbox)
 * @param jobLease         how long a server holds a job's claim; a server that dies frees it after this
 */
@ConfigurationProperties("gerbang.notification")
@Validated
record NotificationProperties(
        @DefaultValue(NotificationProperties.DEFAULT_CRON) @NotBlank String dailyCron,
        @DefaultValue("5") @Positive int waitingDays,
        @DefaultValue("90") @Positive int feedbackLookback,
        @DefaultValue("gerbang@localhost") @NotBlank String mailFrom,
        @DefaultValue("PT1M") Duration mailDelay,
        @DefaultValue("5") @Positive int mailMaxAttempts,
        @DefaultValue("PT30M") Duration jobLease) {

    static final String DEFAULT_CRON = "0 0 7 * * *";
}
