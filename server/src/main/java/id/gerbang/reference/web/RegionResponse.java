package id.gerbang.reference.web;

import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionLevel;
import org.jspecify.annotations.Nullable;

/**
 * A region as the API returns it: dotted and dot-less code, and the web service's unpadded numbers.
 *
 * @param code dotted, {@code 32.04.10.2001}
 * @param plain dot-less, {@code 3204102001}
 * @param parent the enclosing region's dotted code, null for a province
 * @param numbers {@code prop/kab/kec/kel} as unpadded numbers; null below the region's level
 */
record RegionResponse(String code, String plain, String name, RegionLevel level, @Nullable String parent,
        Numbers numbers) {

    record Numbers(int prop, @Nullable Integer kab, @Nullable Integer kec, @Nullable Integer kel) {

        static Numbers of(RegionCode code) {
            return new Numbers(code.provinceNumber(), code.regencyNumber(), code.districtNumber(), code.villageNumber());
        }
    }

    static RegionResponse of(Region region) {
        RegionCode parent = region.parent();
        return new RegionResponse(region.code().dotted(), region.code().plain(), region.name(), region.level(),
                parent == null ? null : parent.dotted(), Numbers.of(region.code()));
    }
}
