package id.gerbang.reference;

import java.util.List;
import java.util.Optional;

/**
 * The region codes of Indonesia: the current list (Kepmendagri 300.2.2-2138/2025 as amended), the
 * codes of the 2015-2025 lists, and the 2022 Papua recodes. Answered from memory; the data is
 * loaded at start-up and never changes while the application runs.
 */
public interface Regions {

    /** The current region with this code. */
    Optional<Region> find(RegionCode code);

    /**
     * The current region with a code in any form {@link RegionCode#parse} accepts.
     *
     * @throws id.gerbang.common.GerbangException when the text is not a well-formed code
     */
    Optional<Region> find(String anyFormat);

    /** The current regions directly inside {@code code}, by code; empty for a village or an unknown code. */
    List<Region> children(RegionCode code);

    /** All 38 provinces, by code. */
    List<Region> provinces();

    /** Every current region of a level, by code (83,762 villages for VILLAGE). */
    List<Region> all(RegionLevel level);

    /** Every current village inside a province, regency or district, by code. */
    List<Region> villagesOf(RegionCode provinceOrRegency);

    /** Whether the code appears in any list of 2015-2025 (current codes included). */
    boolean everExisted(RegionCode code);

    /** Whether the code is in the current list. */
    boolean isCurrent(RegionCode code);

    /** What the 2015-2025 lists knew about the code. */
    Optional<RegionHistory> history(RegionCode code);

    /**
     * The current code that took over a code retired by the 2022 Papua split (provinces 91/92 to
     * 93-96): regencies from the official recode table ({@code 91.01 -> 93.01}); districts and
     * villages below a recoded regency by their name within the new regency (district numbers were
     * renumbered), empty when no single current region of that name exists there. Empty for every
     * code that was not recoded, current codes included.
     */
    Optional<RegionCode> recodedTo(RegionCode old);
}
