package id.gerbang.reference;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A region of the current (2025) list.
 *
 * @param code the region's code
 * @param name its name as the Kepmendagri list spells it ("Kabupaten Bandung", "Cileunyi")
 * @param level the code's level
 * @param parent the enclosing region's code; null for a province
 */
public record Region(RegionCode code, String name, RegionLevel level, @Nullable RegionCode parent) {

    public Region {
        if (code.level() != level) {
            throw new IllegalArgumentException("level " + level + " does not match code " + code);
        }
    }

    public Optional<RegionCode> parentCode() {
        return Optional.ofNullable(parent);
    }
}
