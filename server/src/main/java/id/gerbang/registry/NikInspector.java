package id.gerbang.registry;

import id.gerbang.reference.RegionCode;
import id.gerbang.reference.Regions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Parses NIKs and No. KKs with region knowledge: the district prefix is checked against the
 * reference module's 2025 list and its 2015-2025 history ({@link NikWarning#UNKNOWN_DISTRICT},
 * {@link NikWarning#RETIRED_DISTRICT}). In-memory lookups only.
 */
@Component
public class NikInspector implements NikRegionCheck {

    private final Regions regions;

    NikInspector(Regions regions) {
        this.regions = regions;
    }

    /** @throws InvalidNikException for a hard-rule violation */
    public Nik nik(String text) {
        return Nik.parse(text, this);
    }

    /** @throws InvalidNoKkException for a hard-rule violation */
    public NoKk noKk(String text) {
        return NoKk.parse(text, this);
    }

    @Override
    public DistrictStatus statusOf(String districtCode) {
        Optional<RegionCode> code = RegionCode.tryParse(districtCode);
        if (code.isEmpty()) {
            return DistrictStatus.UNKNOWN;
        }
        if (regions.isCurrent(code.get())) {
            return DistrictStatus.CURRENT;
        }
        return regions.everExisted(code.get()) ? DistrictStatus.RETIRED : DistrictStatus.UNKNOWN;
    }

    /**
     * The current district a NIK's or KK's prefix stands for: the prefix itself when current, the
     * district it was recoded to (Papua 2022) when known, else empty.
     */
    public Optional<RegionCode> currentDistrict(String districtCode) {
        return RegionCode.tryParse(districtCode).flatMap(code -> regions.isCurrent(code)
                ? Optional.of(code) : regions.recodedTo(code));
    }
}
