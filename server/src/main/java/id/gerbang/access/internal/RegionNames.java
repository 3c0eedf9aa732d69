package id.gerbang.access.internal;

import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionLevel;
import id.gerbang.reference.Regions;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The upper-case names of a village and the regions above it ({@code PROP_NAME}, {@code KAB_NAME},
 * {@code KEC_NAME}, {@code KEL_NAME}), from the reference module's region list, the regency's in
 * SIAK's spelling ({@link SiakNames}: {@code BOGOR}, {@code KOTA BANDUNG}), remembered per
 * village: a province has a few thousand villages and the list never changes while the
 * application runs. A code the list does not know has no name ({@code null}), never an error.
 */
@Component
public class RegionNames {

    /** The four names of one village; any may be null. */
    public record Names(@Nullable String province, @Nullable String regency, @Nullable String district,
            @Nullable String village) {
    }

    private static final Names NONE = new Names(null, null, null, null);
    private static final int MAX_CACHED = 200_000;

    private final Regions regions;
    private final Map<Long, Names> cache = new ConcurrentHashMap<>();

    RegionNames(Regions regions) {
        this.regions = regions;
    }

    public Names of(int province, int regency, int district, int village) {
        long key = ((long) province * 100 + regency) * 100 * 10_000 + (long) district * 10_000 + village;
        Names names = cache.get(key);
        if (names == null) {
            names = lookUp(province, regency, district, village);
            if (cache.size() < MAX_CACHED) {
                cache.put(key, names);
            }
        }
        return names;
    }

    private Names lookUp(int province, int regency, int district, int village) {
        RegionCode code;
        try {
            code = RegionCode.ofNumbers(province, regency, district, village);
        } catch (RuntimeException e) {
            return NONE;
        }
        return new Names(name(code.upTo(RegionLevel.PROVINCE)),
                siak(name(code.upTo(RegionLevel.REGENCY))),
                name(code.upTo(RegionLevel.DISTRICT)),
                name(code));
    }

    private static @Nullable String siak(@Nullable String regency) {
        return regency == null ? null : SiakNames.regency(regency);
    }

    private @Nullable String name(RegionCode code) {
        return regions.find(code).map(Region::name).map(n -> n.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
