package id.gerbang.feedback.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of data balikan ({@code gerbang.feedback.*}); see {@code docs/feedback.md}.
 *
 * @param window               how long after a lookup the agency may return data balikan for it
 * @param keyFile              the AES keys for victim information (outside the database)
 * @param generateKeyIfMissing create the key file on first start (embedded and demo setups)
 * @param maxBatch             most records in one web-service call
 * @param reconciliationDays   after how many days a lookup without data balikan counts as missing
 */
@ConfigurationProperties("gerbang.feedback")
@Validated
public record FeedbackProperties(
        @DefaultValue("90d") @NotNull Duration window,
        @DefaultValue("./data/keys/feedback-keys") @NotNull Path keyFile,
        @DefaultValue("true") boolean generateKeyIfMissing,
        @DefaultValue("1000") @Min(1) @Max(10000) int maxBatch,
        @DefaultValue("30") @Min(0) int reconciliationDays) {
}
