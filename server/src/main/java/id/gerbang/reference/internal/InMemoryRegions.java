package id.gerbang.reference.internal;

import id.gerbang.reference.CodeLists;
import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionHistory;
import id.gerbang.reference.RegionLevel;
import id.gerbang.reference.Regions;
import java.util.List;
import java.util.Optional;

/** {@link Regions} from the in-memory copy of the tables. */
final class InMemoryRegions implements Regions {

    private final ReferenceData data;

    InMemoryRegions(ReferenceData data) {
        this.data = data;
    }

    @Override
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(data.regions.get(code.plain()));
    }

    @Override
    public Optional<Region> find(String anyFormat) {
        return find(RegionCode.parse(anyFormat));
    }

    @Override
    public List<Region> children(RegionCode code) {
        return data.children.getOrDefault(code.plain(), List.of());
    }

    @Override
    public List<Region> provinces() {
        return data.children.getOrDefault("", List.of());
    }

    @Override
    public List<Region> all(RegionLevel level) {
        return data.byLevel.get(level);
    }

    @Override
    public List<Region> villagesOf(RegionCode region) {
        List<Region> villages = data.byLevel.get(RegionLevel.VILLAGE);
        String prefix = region.plain();
        int from = insertionPoint(villages, prefix);
        int to = from;
        while (to < villages.size() && villages.get(to).code().plain().startsWith(prefix)) {
            to++;
        }
        return villages.subList(from, to);
    }

    /** First index whose code is not below {@code prefix}; the list is sorted by code. */
    private static int insertionPoint(List<Region> sorted, String prefix) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).code().plain().compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public boolean everExisted(RegionCode code) {
        return data.history.containsKey(code.plain()) || data.regions.containsKey(code.plain());
    }

    @Override
    public boolean isCurrent(RegionCode code) {
        return data.regions.containsKey(code.plain());
    }

    @Override
    public Optional<RegionHistory> history(RegionCode code) {
        RegionHistory history = data.history.get(code.plain());
        if (history != null) {
            return Optional.of(history);
        }
        // a current code missing from the history file: known only from 2025
        return find(code).map(r -> new RegionHistory(r.code(), r.name(), 2025, 2025, true));
    }

    @Override
    public Optional<RegionCode> recodedTo(RegionCode old) {
        if (old.level() == RegionLevel.PROVINCE || isCurrent(old)) {
            return Optional.empty();
        }
        RegionCode regency = data.recodes.get(old.upTo(RegionLevel.REGENCY).plain());
        if (regency == null || old.level() == RegionLevel.REGENCY) {
            return Optional.ofNullable(regency);
        }
        Optional<RegionCode> district = byName(old.upTo(RegionLevel.DISTRICT), regency);
        if (old.level() == RegionLevel.DISTRICT) {
            return district;
        }
        return district.flatMap(d -> byName(old, d));
    }

    /** The one current child of {@code newParent} whose name matches the old code's latest name. */
    private Optional<RegionCode> byName(RegionCode old, RegionCode newParent) {
        RegionHistory history = data.history.get(old.plain());
        if (history == null) {
            return Optional.empty();
        }
        String name = CodeLists.normalise(history.latestName());
        List<Region> matches = children(newParent).stream()
                .filter(r -> CodeLists.normalise(r.name()).equals(name))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst().code()) : Optional.empty();
    }
}
