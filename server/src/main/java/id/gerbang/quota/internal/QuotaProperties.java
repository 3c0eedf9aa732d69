package id.gerbang.quota.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the quota module ({@code gerbang.quota.*}); documented in {@code docs/quota.md}.
 *
 * @param maxBatch        most requests for one agreement and day granted in one database
 *                        transaction (ADR 0027)
 * @param maxPeriodDays   longest period a usage query may span
 * @param limitCacheTtl   how long an agreement's daily limit and its users' own limits are kept in
 *                        memory; a change made on another server instance applies here within this
 *                        time (0: no cache)
 */
@ConfigurationProperties("gerbang.quota")
@Validated
public record QuotaProperties(
        @DefaultValue("512") @Min(1) @Max(100_000) int maxBatch,
        @DefaultValue("366") @Min(1) @Max(3660) int maxPeriodDays,
        @DefaultValue("PT10S") java.time.Duration limitCacheTtl) {
}
