package id.gerbang.anomaly.internal;

import id.gerbang.audit.AccessOutcome;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the anomaly rules ({@code gerbang.anomaly.*}); each rule documented in {@code docs/anomaly.md}.
 *
 * @param enabled     whether the scan runs at all
 * @param interval    how often the scan reads the new entries of the access log
 * @param pageSize    entries read and judged in one transaction
 * @param maxPages    most pages one run reads (the next run continues after them)
 * @param workShare   the most of its time a run catching up spends working: after each full page it
 *                    pauses for the rest (0.25: three times the page's time; 1: no pause)
 * @param keepWindows how long the counts of a window are kept after it starts
 * @param jobLease    how long a server holds the scan's claim; a server that dies frees it after this
 */
@ConfigurationProperties("gerbang.anomaly")
@Validated
record AnomalyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue("2000") @Positive int pageSize,
        @DefaultValue("50") @Positive int maxPages,
        @DefaultValue("0.25") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double workShare,
        @DefaultValue("P3D") Duration keepWindows,
        @DefaultValue("PT10M") Duration jobLease,
        @DefaultValue NightBurst nightBurst,
        @DefaultValue NikManyAgencies nikManyAgencies,
        @DefaultValue FamilySequence familySequence,
        @DefaultValue SafetyFlagged safetyFlagged,
        @DefaultValue RefusedStorm refusedStorm,
        @DefaultValue VolumeSpike volumeSpike) {

    /**
     * Calls at night in bursts: at least {@code calls} calls of one agency, or of one user, within
     * {@code window}, between {@code nightStart} and {@code nightEnd} (Jakarta hours; the night may
     * span midnight).
     */
    record NightBurst(@DefaultValue("true") boolean enabled, @DefaultValue("22") @Min(0) @Max(23) int nightStart,
                      @DefaultValue("5") @Min(0) @Max(23) int nightEnd, @DefaultValue("PT10M") Duration window,
                      @DefaultValue("50") @Positive int calls) {

        boolean atNight(int hour) {
            return nightStart <= nightEnd ? hour >= nightStart && hour < nightEnd
                    : hour >= nightStart || hour < nightEnd;
        }
    }

    /** One NIK looked up by at least {@code agencies} different agencies in one Jakarta day. */
    record NikManyAgencies(@DefaultValue("true") boolean enabled, @DefaultValue("5") @Positive int agencies) {
    }

    /** At least {@code members} NIKs of one family card looked up (with data) by one user within {@code window}. */
    record FamilySequence(@DefaultValue("true") boolean enabled, @DefaultValue("4") @Positive int members,
                          @DefaultValue("PT15M") Duration window) {
    }

    /** At least {@code calls} calls naming one safety-flagged NIK in one Jakarta day. */
    record SafetyFlagged(@DefaultValue("true") boolean enabled, @DefaultValue("1") @Positive int calls) {
    }

    /** At least {@code calls} refused calls (outcomes in {@code outcomes}) from one address or one user within {@code window}. */
    record RefusedStorm(@DefaultValue("true") boolean enabled, @DefaultValue("20") @Positive int calls,
                        @DefaultValue("PT10M") Duration window,
                        @DefaultValue({"LOGIN_FAILED", "CREDENTIALS_MISSING", "IP_NOT_REGISTERED", "INVALID_IP",
                                "ACCOUNT_LOCKED", "USER_INACTIVE", "AGENCY_INACTIVE", "AGREEMENT_INACTIVE",
                                "CHANNEL_NOT_ALLOWED", "OPERATION_NOT_GRANTED", "ELEMENT_NOT_GRANTED",
                                "OUTSIDE_ACCESS_TIME"}) Set<AccessOutcome> outcomes) {
    }

    /**
     * A user's calls of one Jakarta day above {@code factor} times its median over the {@code days}
     * previous days (days without calls count as zero) and at least {@code floor}.
     */
    record VolumeSpike(@DefaultValue("true") boolean enabled, @DefaultValue("5") @Positive double factor,
                       @DefaultValue("28") @Positive int days, @DefaultValue("500") @Positive int floor) {
    }
}
