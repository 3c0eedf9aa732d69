package id.gerbang.reference;

/**
 * A code as the 2015-2025 lists knew it. NIKs and family cards issued before a split or a recode
 * keep the old code, so a code can be legitimate on a document while no longer current.
 *
 * @param code the code
 * @param latestName the name in the latest list that held it
 * @param firstSeen year of the first list holding it (2016 for codes present since the start)
 * @param lastSeen year of the last list holding it (2025 when current)
 * @param current whether the 2025 list holds it
 */
public record RegionHistory(RegionCode code, String latestName, int firstSeen, int lastSeen, boolean current) {

    public RegionLevel level() {
        return code.level();
    }
}
