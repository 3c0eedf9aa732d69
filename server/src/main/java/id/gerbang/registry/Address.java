package id.gerbang.registry;

import id.gerbang.reference.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A family's address as SIAK holds it. Region numbers are unpadded, as the Dukcapil web service
 * returns them ({@code NO_PROP 32, NO_KAB 4, NO_KEC 10, NO_KEL 2001}); the region names come from
 * the reference module's {@code Regions} at read time.
 *
 * @param street      {@code ALAMAT}: street, house number, kampung
 * @param dusun       {@code DUSUN}: hamlet, often absent in towns
 * @param rt          {@code NO_RT}, null when not recorded
 * @param rw          {@code NO_RW}, null when not recorded
 * @param provinceNo  {@code NO_PROP}
 * @param regencyNo   {@code NO_KAB}
 * @param districtNo  {@code NO_KEC}
 * @param villageNo   {@code NO_KEL}
 * @param postalCode  {@code KODE_POS}, five digits, null when not recorded
 */
public record Address(
        String street,
        @Nullable String dusun,
        @Nullable Integer rt,
        @Nullable Integer rw,
        int provinceNo,
        int regencyNo,
        int districtNo,
        int villageNo,
        @Nullable String postalCode) {

    /** The village's region code, e.g. {@code 32.04.10.2001}. */
    public RegionCode villageCode() {
        return RegionCode.ofNumbers(provinceNo, regencyNo, districtNo, villageNo);
    }
}
