package id.gerbang.reference.internal;

import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Where each code list comes from, and how its CSV rows become codes and aliases. SIAK lists:
 * {@code dukcapil/*.csv} ({@code kode,deskripsi,...}); SIMFONI-PPA: {@code simfoni/*.csv}; our
 * own label variants: {@code code_aliases.csv}.
 */
final class CodeListFiles {

    static final String ALIASES = "code_aliases.csv";

    static final Map<CodeList, String> FILES;

    static {
        Map<CodeList, String> files = new EnumMap<>(CodeList.class);
        files.put(CodeList.SEX, "dukcapil/jenis_kelamin.csv");
        files.put(CodeList.RELIGION, "dukcapil/agama.csv");
        files.put(CodeList.MARITAL_STATUS, "dukcapil/status_kawin.csv");
        files.put(CodeList.EDUCATION, "dukcapil/pendidikan.csv");
        files.put(CodeList.FAMILY_RELATIONSHIP, "dukcapil/shdk.csv");
        files.put(CodeList.BLOOD_TYPE, "dukcapil/golongan_darah.csv");
        files.put(CodeList.DISABILITY, "dukcapil/penyandang_cacat.csv");
        files.put(CodeList.OCCUPATION, "dukcapil/jenis_pekerjaan.csv");
        files.put(CodeList.CITIZENSHIP, "dukcapil/kewarganegaraan.csv");
        files.put(CodeList.VIOLENCE_TYPE, "simfoni/jenis_kekerasan.csv");
        files.put(CodeList.INCIDENT_PLACE, "simfoni/tempat_kejadian.csv");
        files.put(CodeList.PERPETRATOR_RELATIONSHIP, "simfoni/hubungan_pelaku.csv");
        files.put(CodeList.SERVICE, "simfoni/layanan.csv");
        files.put(CodeList.SERVICE_FUNCTION, "simfoni/layanan.csv");
        files.put(CodeList.AGE_GROUP, "simfoni/kelompok_umur.csv");
        FILES = java.util.Collections.unmodifiableMap(files);
    }

    record CodeRow(CodeList list, int code, String label, @Nullable String note) {
    }

    /** {@code alias} is normalised. */
    record AliasRow(CodeList list, String alias, int code, String source) {
    }

    record Parsed(List<CodeRow> codes, List<AliasRow> aliases) {
    }

    private CodeListFiles() {
    }

    /** Every distinct file the code lists need, aliases last. */
    static List<String> files() {
        List<String> files = new ArrayList<>(new LinkedHashMap<>(invert()).keySet());
        files.add(ALIASES);
        return files;
    }

    private static Map<String, CodeList> invert() {
        Map<String, CodeList> byFile = new LinkedHashMap<>();
        FILES.forEach((list, file) -> byFile.putIfAbsent(file, list));
        return byFile;
    }

    static Parsed parse(Map<String, CsvTable> tables) {
        List<CodeRow> codes = new ArrayList<>();
        List<AliasRow> aliases = new ArrayList<>();
        for (CodeList list : CodeList.values()) {
            CsvTable table = tables.get(FILES.get(list));
            for (CSVRecord row : table.rows()) {
                codeRow(list, table, row).ifPresent(codes::add);
                kkLabel(list, table, row).ifPresent(aliases::add);
            }
        }
        Set<String> known = new HashSet<>();
        codes.forEach(c -> known.add(c.list() + ":" + c.code()));
        CsvTable aliasTable = tables.get(ALIASES);
        for (CSVRecord row : aliasTable.rows()) {
            CodeList list = CodeList.of(aliasTable.required(row, "list")).orElseThrow(() -> aliasTable.invalid(row));
            int code = aliasTable.requiredInt(row, "code");
            if (!known.contains(list + ":" + code)) {
                throw aliasTable.invalid(row);
            }
            aliases.add(new AliasRow(list, CodeLists.normalise(aliasTable.required(row, "alias")), code,
                    aliasTable.required(row, "source")));
        }
        return new Parsed(codes, aliases);
    }

    /**
     * One code, or empty for rows that are not codes of this list: the KK labels of
     * {@code status_kawin.csv} (no {@code kode}) and, in {@code layanan.csv}, the functions F1-F6
     * (list SERVICE_FUNCTION) versus the legacy numeric services (list SERVICE).
     */
    private static Optional<CodeRow> codeRow(CodeList list, CsvTable table, CSVRecord row) {
        String kode = table.optional(row, "kode");
        if (kode == null) {
            if (list == CodeList.MARITAL_STATUS) {
                return Optional.empty();
            }
            throw table.invalid(row);
        }
        boolean function = kode.startsWith("F");
        if (list == CodeList.SERVICE && function || list == CodeList.SERVICE_FUNCTION && !function) {
            return Optional.empty();
        }
        try {
            int code = Integer.parseInt(function ? kode.substring(1) : kode);
            return Optional.of(new CodeRow(list, code, table.required(row, "deskripsi"), note(table, row)));
        } catch (NumberFormatException e) {
            throw table.invalid(row);
        }
    }

    private static Optional<AliasRow> kkLabel(CodeList list, CsvTable table, CSVRecord row) {
        if (list != CodeList.MARITAL_STATUS || !"label_kk".equals(table.optional(row, "jenis"))) {
            return Optional.empty();
        }
        return Optional.of(new AliasRow(list, CodeLists.normalise(table.required(row, "deskripsi")),
                table.requiredInt(row, "kode_dasar"), table.file + " label_kk"));
    }

    private static @Nullable String note(CsvTable table, CSVRecord row) {
        String catatan = table.optional(row, "catatan");
        if (catatan != null) {
            return catatan;
        }
        String min = table.optional(row, "min_tahun");
        if (min != null) {
            String max = table.optional(row, "max_tahun");
            return "umur " + min + (max == null ? "+" : "-" + max) + " tahun";
        }
        return table.optional(row, "generasi");
    }
}
