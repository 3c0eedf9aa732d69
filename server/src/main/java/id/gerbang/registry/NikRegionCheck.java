package id.gerbang.registry;

/**
 * What is known about the district prefix of a NIK or No. KK. {@link NikInspector} answers from
 * the reference module's region lists; tests pass a lambda. Keeps {@link Nik#parse(String)} free
 * of I/O.
 */
@FunctionalInterface
public interface NikRegionCheck {

    /** @param districtCode six digits, e.g. {@code 320410} */
    DistrictStatus statusOf(String districtCode);

    enum DistrictStatus {
        /** In the current (2025) list. */
        CURRENT,
        /** In a list of 2015-2025 but not in the current one. */
        RETIRED,
        /** In no list of 2015-2025. */
        UNKNOWN
    }
}
