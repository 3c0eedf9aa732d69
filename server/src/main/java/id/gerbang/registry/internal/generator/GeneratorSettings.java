package id.gerbang.registry.internal.generator;

import java.time.LocalDate;

/**
 * What to generate. The same settings give the same population, row for row.
 *
 * @param count            residents to generate
 * @param seed             the random seed
 * @param asOf             the day the population is "as of" (ages, card and status dates)
 * @param deceasedShare    share of records with status DECEASED
 * @param duplicateShare   share with DUPLICATE_BLOCKED
 * @param inactiveShare    share with INACTIVE
 * @param movedAbroadShare share with MOVED_ABROAD
 */
public record GeneratorSettings(long count, long seed, LocalDate asOf,
        double deceasedShare, double duplicateShare, double inactiveShare, double movedAbroadShare) {

    public GeneratorSettings {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        double total = deceasedShare + duplicateShare + inactiveShare + movedAbroadShare;
        if (deceasedShare < 0 || duplicateShare < 0 || inactiveShare < 0 || movedAbroadShare < 0 || total > 0.5) {
            throw new IllegalArgumentException("status shares must be between 0 and 0.5 in total");
        }
    }
}
