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
 * @param readBatch     how concurrent lookups by NIK are combined into one query
 */
@ConfigurationProperties("gerbang.registry")
@Validated
public record RegistryProperties(
        @DefaultValue("20000") @Min(100) @Max(1_000_000) int bulkChunkSize,
        @DefaultValue @Valid Generator generator,
        @DefaultValue @Valid ReadBatch readBatch) {

    /**
     * Coalesced reads (docs/adr/0051): concurrent {@code findByNik} calls outside a transaction
     * share one {@code where nik = any(?)} query.
     *
     * @param max      most lookups in one query; 1 turns coalescing off (one query per call, as
     *                 many at once as the pool allows)
     * @param parallel most of these queries running at once, each on its own pooled connection;
     *                 kept below the pool size so the quota and the access log always find one
     * @param spill    lookups that must be waiting before a further query starts beside a running
     *                 one (docs/adr/0051, addendum): 16 lets the few lookups that arrive during a
     *                 query at moderate load share the next one; 1 starts a query whenever one of
     *                 the {@code parallel} is free (fewer waits for a client with a handful of
     *                 calls in flight, more statements at moderate load)
     */
    public record ReadBatch(
            @DefaultValue("64") @Min(1) @Max(1000) int max,
            @DefaultValue("4") @Min(1) @Max(100) int parallel,
            @DefaultValue("16") @Min(1) @Max(1000) int spill) {
    }

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
