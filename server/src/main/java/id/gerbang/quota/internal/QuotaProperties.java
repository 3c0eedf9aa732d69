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
 * @param leaseMax        largest block of units one server instance reserves for an agreement and
 *                        day when far from its limit (docs/adr/0052); the block is the smaller of
 *                        this and 1 % of the daily limit, and no block under 10 units is taken
 *                        (0: no leases, every batch goes to the database)
 * @param studyMaxBytes   largest technical study (kajian teknis, a PDF) accepted with a
 *                        quota-increase request
 */
@ConfigurationProperties("gerbang.quota")
@Validated
public record QuotaProperties(
        @DefaultValue("512") @Min(1) @Max(100_000) int maxBatch,
        @DefaultValue("366") @Min(1) @Max(3660) int maxPeriodDays,
        @DefaultValue("PT10S") java.time.Duration limitCacheTtl,
        @DefaultValue("1000") @Min(0) @Max(1_000_000) long leaseMax,
        @DefaultValue("5242880") @Min(1024) @Max(52_428_800) int studyMaxBytes) {

    /** Below this a block is not worth its cost (quotas under 1,000 a day stay exact throughout). */
    public static final long MIN_LEASE = 10;

    /** The block to reserve far from {@code dailyLimit}; 0 when none. */
    public long leaseBlock(long dailyLimit) {
        long block = Math.min(leaseMax, dailyLimit / 100);
        return block < MIN_LEASE ? 0 : block;
    }
}
