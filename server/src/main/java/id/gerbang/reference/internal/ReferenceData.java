package id.gerbang.reference.internal;

import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionHistory;
import id.gerbang.reference.RegionLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An immutable in-memory copy of the reference tables, read once after loading. About 190,000 rows;
 * every lookup is a hash-map access.
 */
final class ReferenceData {

    /** Current regions by dot-less code. */
    final Map<String, Region> regions;
    /** Current regions by their parent's dot-less code, sorted by code; provinces under "". */
    final Map<String, List<Region>> children;
    final Map<RegionLevel, List<Region>> byLevel;
    final Map<String, RegionHistory> history;
    /** Regency recodes, old dot-less code to new code. */
    final Map<String, RegionCode> recodes;
    final Map<CodeList, List<Code>> codes;
    final Map<CodeList, Map<Integer, Code>> codesByNumber;
    /** Normalised label or alias to code. */
    final Map<CodeList, Map<String, Code>> codesByLabel;

    private ReferenceData(Builder b) {
        this.regions = Collections.unmodifiableMap(b.regions);
        Map<String, List<Region>> children = new HashMap<>(b.children.size() * 2);
        b.children.forEach((parent, list) -> children.put(parent, List.copyOf(list)));
        this.children = Collections.unmodifiableMap(children);
        Map<RegionLevel, List<Region>> byLevel = new EnumMap<>(RegionLevel.class);
        for (RegionLevel level : RegionLevel.values()) {
            byLevel.put(level, List.copyOf(b.byLevel.getOrDefault(level, List.of())));
        }
        this.byLevel = Collections.unmodifiableMap(byLevel);
        this.history = Collections.unmodifiableMap(b.history);
        this.recodes = Map.copyOf(b.recodes);
        Map<CodeList, List<Code>> codes = new EnumMap<>(CodeList.class);
        Map<CodeList, Map<Integer, Code>> byNumber = new EnumMap<>(CodeList.class);
        Map<CodeList, Map<String, Code>> byLabel = new EnumMap<>(CodeList.class);
        for (CodeList list : CodeList.values()) {
            codes.put(list, List.copyOf(b.codes.getOrDefault(list, List.of())));
            byNumber.put(list, Map.copyOf(b.codesByNumber.getOrDefault(list, Map.of())));
            byLabel.put(list, Map.copyOf(b.codesByLabel.getOrDefault(list, Map.of())));
        }
        this.codes = Collections.unmodifiableMap(codes);
        this.codesByNumber = Collections.unmodifiableMap(byNumber);
        this.codesByLabel = Collections.unmodifiableMap(byLabel);
    }

    /** Reads every reference table; rows come ordered by code so lists are sorted and parents precede children. */
    static ReferenceData read(JdbcTemplate jdbc) {
        Builder b = new Builder();
        jdbc.query("select code, name, region_level, parent_code from ref_region order by code", rs -> {
            b.region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)), rs.getString(4));
        });
        jdbc.query("select code, latest_name, first_seen, last_seen, in_current from ref_region_history", rs -> {
            b.history(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5));
        });
        jdbc.query("select old_code, new_code from ref_region_recode", rs -> {
            b.recodes.put(rs.getString(1), new RegionCode(rs.getString(2)));
        });
        jdbc.query("select list_name, code, label from ref_code order by list_name, code", rs -> {
            b.code(CodeList.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3));
        });
        jdbc.query("select list_name, alias, code from ref_code_alias", rs -> {
            b.alias(CodeList.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3));
        });
        return new ReferenceData(b);
    }

    private static final class Builder {
        final Map<String, Region> regions = new HashMap<>(200_000);
        final Map<String, List<Region>> children = new HashMap<>(20_000);
        final Map<RegionLevel, List<Region>> byLevel = new EnumMap<>(RegionLevel.class);
        final Map<String, RegionHistory> history = new HashMap<>(200_000);
        final Map<String, RegionCode> recodes = new HashMap<>();
        final Map<CodeList, List<Code>> codes = new EnumMap<>(CodeList.class);
        final Map<CodeList, Map<Integer, Code>> codesByNumber = new EnumMap<>(CodeList.class);
        final Map<CodeList, Map<String, Code>> codesByLabel = new EnumMap<>(CodeList.class);

        void region(String code, String name, RegionLevel level, @Nullable String parent) {
            Region parentRegion = parent == null ? null : regions.get(parent);
            // share the parent's RegionCode instance: ~90,000 fewer objects
            RegionCode parentCode = parentRegion != null ? parentRegion.code()
                    : parent == null ? null : new RegionCode(parent);
            Region region = new Region(new RegionCode(code), name, level, parentCode);
            regions.put(code, region);
            children.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>()).add(region);
            byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(region);
        }

        void history(String code, String name, int firstSeen, int lastSeen, boolean current) {
            Region region = regions.get(code);
            RegionCode regionCode = region != null ? region.code() : new RegionCode(code);
            history.put(code, new RegionHistory(regionCode, name, firstSeen, lastSeen, current));
        }

        void code(CodeList list, int number, String label) {
            Code code = new Code(list, number, label);
            codes.computeIfAbsent(list, k -> new ArrayList<>()).add(code);
            codesByNumber.computeIfAbsent(list, k -> new HashMap<>()).put(number, code);
            codesByLabel.computeIfAbsent(list, k -> new HashMap<>())
                    .putIfAbsent(id.gerbang.reference.CodeLists.normalise(label), code);
        }

        void alias(CodeList list, String alias, int number) {
            Code code = codesByNumber.getOrDefault(list, Map.of()).get(number);
            if (code == null) {
                throw new IllegalStateException("alias " + alias + " of " + list + " names unknown code " + number);
            }
            codesByLabel.computeIfAbsent(list, k -> new HashMap<>()).putIfAbsent(alias, code);
        }
    }
}
