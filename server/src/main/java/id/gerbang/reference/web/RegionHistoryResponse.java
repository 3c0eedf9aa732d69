package id.gerbang.reference.web;

import id.gerbang.reference.RegionHistory;
import id.gerbang.reference.RegionLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the 2015-2025 lists knew about a code.
 *
 * @param recodedTo the dotted current code that took over a code retired by the 2022 Papua split, if known
 */
record RegionHistoryResponse(String code, String plain, String latestName, RegionLevel level, int firstSeen,
        int lastSeen, boolean current, @Nullable String recodedTo) {

    static RegionHistoryResponse of(RegionHistory history, @Nullable String recodedTo) {
        return new RegionHistoryResponse(history.code().dotted(), history.code().plain(), history.latestName(),
                history.level(), history.firstSeen(), history.lastSeen(), history.current(), recodedTo);
    }
}
