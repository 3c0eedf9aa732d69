package id.gerbang.reference.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** The region CSV files and their rows, validated: every code well-formed and at the level its row claims. */
final class RegionFiles {

    static final String CURRENT = "wilayah_kepmendagri_2025_all.csv";
    static final String HISTORY = "wilayah_codes_history_2015_2025.csv";
    static final String PAPUA_RECODE = "wilayah_kabkota_recode_papua_2022.csv";

    /** Codes dot-less. */
    record RegionRow(String code, String name, RegionLevel level, @Nullable String parent) {
    }

    record HistoryRow(String code, String latestName, RegionLevel level, @Nullable String parent,
            int firstSeen, int lastSeen, boolean current) {
    }

    record RecodeRow(String oldCode, String newCode, String oldName, String basis) {
    }

    private RegionFiles() {
    }

    static List<RegionRow> current(CsvTable table) {
        List<RegionRow> rows = new ArrayList<>(table.rows().size());
        for (CSVRecord row : table.rows()) {
            RegionCode code = code(table, row, "code");
            RegionLevel level = level(table, row, code);
            rows.add(new RegionRow(code.plain(), table.required(row, "name"), level, parent(table, row, code)));
        }
        return rows;
    }

    static List<HistoryRow> history(CsvTable table) {
        List<HistoryRow> rows = new ArrayList<>(table.rows().size());
        for (CSVRecord row : table.rows()) {
            RegionCode code = code(table, row, "code");
            RegionLevel level = level(table, row, code);
            String current = table.required(row, "in_current_2025");
            if (!current.equals("yes") && !current.equals("no")) {
                throw table.invalid(row);
            }
            rows.add(new HistoryRow(code.plain(), table.required(row, "name_latest"), level,
                    parent(table, row, code), table.requiredInt(row, "first_seen_list"),
                    table.requiredInt(row, "last_seen_list"), current.equals("yes")));
        }
        return rows;
    }

    static List<RecodeRow> recodes(CsvTable table) {
        List<RecodeRow> rows = new ArrayList<>(table.rows().size());
        for (CSVRecord row : table.rows()) {
            RegionCode oldCode = code(table, row, "old_code");
            RegionCode newCode = code(table, row, "new_code");
            if (oldCode.level() != newCode.level()) {
                throw table.invalid(row);
            }
            rows.add(new RecodeRow(oldCode.plain(), newCode.plain(), table.required(row, "name"),
                    table.required(row, "basis")));
        }
        return rows;
    }

    private static RegionCode code(CsvTable table, CSVRecord row, String column) {
        try {
            return RegionCode.parse(table.required(row, column));
        } catch (GerbangException e) {
            throw table.invalid(row);
        }
    }

    private static RegionLevel level(CsvTable table, CSVRecord row, RegionCode code) {
        RegionLevel level = switch (table.required(row, "level")) {
            case "provinsi" -> RegionLevel.PROVINCE;
            case "kabkota" -> RegionLevel.REGENCY;
            case "kecamatan" -> RegionLevel.DISTRICT;
            case "desa_kelurahan" -> RegionLevel.VILLAGE;
            default -> throw table.invalid(row);
        };
        if (level != code.level()) {
            throw table.invalid(row);
        }
        return level;
    }

    private static @Nullable String parent(CsvTable table, CSVRecord row, RegionCode code) {
        String parent = table.optional(row, "parent_code");
        if (parent == null) {
            if (code.level() != RegionLevel.PROVINCE) {
                throw table.invalid(row);
            }
            return null;
        }
        RegionCode parentCode = code(table, row, "parent_code");
        if (!code.parent().map(parentCode::equals).orElse(false)) {
            throw table.invalid(row);
        }
        return parentCode.plain();
    }
}
