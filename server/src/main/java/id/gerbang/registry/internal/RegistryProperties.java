package id.gerbang.registry.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the population register ({@code gerbang.registry.*}); see docs/registry.md.
 *
 * @param bulkChunkSize residents per bulk-load transaction (generator and import)
 * @param generator     defaults of the synthetic population generator
 */
@ConfigurationProperties("gerbang.registry")
@Validated
public record RegistryProperties(
        @DefaultValue("20000") @Min(100) @Max(1_000_000) int bulkChunkSize,
        @DefaultValue @Valid Generator generator) {

    /**
     * @param asOf               the day the generated population is "as of": ages, card dates and
     *                           status dates are computed against it, so a seed gives the same
     *                           population on any day the generator runs
     * @param deceasedShare      share of residents recorded as deceased
     * @param duplicateShare     share recorded as duplicate and blocked
     * @param inactiveShare      share recorded as inactive
     * @param movedAbroadShare   share recorded as moved abroad
     */
    public record Generator(
            @DefaultValue("2026-01-01") LocalDate asOf,
            @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("0.2") double deceasedShare,
            @DefaultValue("0.003") @DecimalMin("0") @DecimalMax("0.2") double duplicateShare,
            @DefaultValue("0.005") @DecimalMin("0") @DecimalMax("0.2") double inactiveShare,
            @DefaultValue("0.002") @DecimalMin("0") @DecimalMax("0.2") double movedAbroadShare) {
    }
}
