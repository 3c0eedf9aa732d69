package id.gerbang.registry.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code family} table as the bulk writers take it. Numbers that may be absent use
 * 0 for "absent" (RT, RW and region numbers start at 1), so rows need no boxing.
 */
public record FamilyRow(
        long noKk,
        String address,
        @Nullable String dusun,
        int rt,
        int rw,
        int provinceNo,
        int regencyNo,
        int districtNo,
        int villageNo,
        @Nullable String postalCode) {
}
