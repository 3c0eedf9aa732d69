package id.gerbang.agreement.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the agreement module ({@code gerbang.agreement.*}); see {@code docs/agreement.md}.
 *
 * @param defaultTerm    how long an agreement runs from its signing when no last valid day is given
 *                       (the seed: two years, Pasal 4)
 * @param reminderDays   how many days before the last valid day the administrators are reminded
 * @param checkCron      when the expiry and reminder check runs (Asia/Jakarta; {@code -} switches the
 *                       schedule off); read by the {@code @Scheduled} annotation from the same key
 * @param checkAtStartup whether the check also runs once when the application has started, to catch
 *                       up on a night the server was down
 * @param maxDailyQuota  the largest daily quota an agreement may have
 */
@ConfigurationProperties("gerbang.agreement")
@Validated
record AgreementProperties(
        @DefaultValue("P2Y") Period defaultTerm,
        @DefaultValue({"90", "30", "7"}) @NotEmpty List<@Positive Integer> reminderDays,
        @DefaultValue(AgreementProperties.DEFAULT_CRON) String checkCron,
        @DefaultValue("true") boolean checkAtStartup,
        @DefaultValue("10000000") @Positive int maxDailyQuota) {

    static final String DEFAULT_CRON = "0 */15 * * * *";
}
