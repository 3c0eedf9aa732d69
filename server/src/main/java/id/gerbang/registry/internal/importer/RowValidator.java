package id.gerbang.registry.internal.importer;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.Regions;
import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.InvalidNoKkException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NikInspector;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.internal.FamilyRow;
import id.gerbang.registry.internal.ResidentRow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks one extract row and turns it into register rows: every problem of the row is collected
 * (not only the first), so the report tells the operator everything to fix at once. Code-list
 * lookups are cached per distinct cell value, because an extract repeats "ISLAM" and "KAWIN" a
 * million times.
 */
final class RowValidator {

    /** What became of a row. */
    sealed interface Outcome permits Accepted, Rejected {
    }

    /** A row that passed, with the number of soft findings (NIK/No. KK warnings, retired village). */
    record Accepted(ResidentRow resident, FamilyRow family, int warnings) implements Outcome {
    }

    /** A row that did not pass, with every reason. */
    record Rejected(List<Problem> problems) implements Outcome {
    }

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);
    private static final Map<String, RecordStatus> STATUS_LABELS = statusLabels();

    private final CodeLists codeLists;
    private final Regions regions;
    private final NikInspector inspector;
    private final LocalDate today;
    private final Map<CodeList, Map<String, Optional<Code>>> codeCache = new EnumMap<>(CodeList.class);
    private final Map<Long, Boolean> villageCache = new HashMap<>();
    private final Map<String, Optional<EktpStatus>> ektpCache = new HashMap<>();

    RowValidator(CodeLists codeLists, Regions regions, NikInspector inspector, LocalDate today) {
        this.codeLists = codeLists;
        this.regions = regions;
        this.inspector = inspector;
        this.today = today;
    }

    Outcome validate(ExtractRow row) {
        List<Problem> problems = new ArrayList<>(2);
        int warnings = 0;
        for (ExtractColumn column : ExtractColumn.values()) {
            String value = row.value(column);
            if (column.required() && value.isEmpty()) {
                problems.add(new Problem("import.reject.required", column.name()));
            } else if (value.length() > column.maxLength()) {
                problems.add(new Problem("import.reject.tooLong", column.name(), column.maxLength()));
            } else if (value.indexOf('\uFFFD') >= 0 || hasControl(value)) {
                problems.add(new Problem("import.reject.characters", column.name()));
            }
        }
        long nik = 0;
        String nikText = row.value(ExtractColumn.NIK);
        if (!nikText.isEmpty()) {
            try {
                Nik parsed = inspector.nik(nikText);
                nik = parsed.asLong();
                warnings += parsed.warnings().size();
            } catch (InvalidNikException e) {
                problems.add(new Problem(e.errorCode().messageKey(), e.args()));
            }
        }
        long noKk = 0;
        String kkText = row.value(ExtractColumn.NO_KK);
        if (!kkText.isEmpty()) {
            try {
                NoKk parsed = inspector.noKk(kkText);
                noKk = parsed.asLong();
                warnings += parsed.warnings().size();
            } catch (InvalidNoKkException e) {
                problems.add(new Problem(e.errorCode().messageKey(), e.args()));
            }
        }
        int sex = code(row, ExtractColumn.JENIS_KLMIN, CodeList.SEX, problems);
        LocalDate born = date(row, ExtractColumn.TGL_LHR, problems);
        int religion = code(row, ExtractColumn.AGAMA, CodeList.RELIGION, problems);
        int marital = code(row, ExtractColumn.STATUS_KAWIN, CodeList.MARITAL_STATUS, problems);
        int occupation = code(row, ExtractColumn.JENIS_PKRJN, CodeList.OCCUPATION, problems);
        int education = code(row, ExtractColumn.PDDK_AKH, CodeList.EDUCATION, problems);
        int blood = code(row, ExtractColumn.GOL_DARAH, CodeList.BLOOD_TYPE, problems);
        int relationship = code(row, ExtractColumn.STAT_HBKEL, CodeList.FAMILY_RELATIONSHIP, problems);
        int disability = code(row, ExtractColumn.PNYDNG_CCT, CodeList.DISABILITY, problems);
        int citizenship = row.value(ExtractColumn.KEWARGANEGARAAN).isEmpty() ? 1
                : code(row, ExtractColumn.KEWARGANEGARAAN, CodeList.CITIZENSHIP, problems);
        long motherNik = parentNik(row, ExtractColumn.NIK_IBU, problems);
        long fatherNik = parentNik(row, ExtractColumn.NIK_AYAH, problems);
        LocalDate married = date(row, ExtractColumn.TGL_KWN, problems);
        LocalDate divorced = date(row, ExtractColumn.TGL_CRAI, problems);
        LocalDate statusDate = date(row, ExtractColumn.TGL_STATUS, problems);
        EktpStatus ektp = ektp(row, problems);
        RecordStatus status = status(row, problems);
        int rt = smallNumber(row, ExtractColumn.NO_RT, problems);
        int rw = smallNumber(row, ExtractColumn.NO_RW, problems);
        String postalCode = text(row, ExtractColumn.KODE_POS);
        if (postalCode != null && (postalCode.length() != 5 || !postalCode.chars().allMatch(Character::isDigit))) {
            problems.add(new Problem("import.reject.postalCode", ExtractColumn.KODE_POS.name()));
        }
        int[] region = region(row, problems);
        if (region[4] > 0) {
            warnings++;
        }
        if (!problems.isEmpty() || born == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem("import.reject.required", ExtractColumn.TGL_LHR.name()));
            }
            return new Rejected(problems);
        }
        ResidentRow resident = new ResidentRow(nik, noKk, upper(row.value(ExtractColumn.NAMA_LGKP)), sex,
                upper(row.value(ExtractColumn.TMPT_LHR)), born, religion, marital, occupation, education, blood,
                relationship, upperOrNull(row, ExtractColumn.NAMA_LGKP_IBU), upperOrNull(row, ExtractColumn.NAMA_LGKP_AYAH),
                motherNik, fatherNik, ektp, text(row, ExtractColumn.NO_AKTA_LHR), married, text(row, ExtractColumn.NO_AKTA_KWN),
                divorced, text(row, ExtractColumn.NO_AKTA_CRAI), disability, citizenship, status, statusDate);
        FamilyRow family = new FamilyRow(noKk, upper(row.value(ExtractColumn.ALAMAT)), upperOrNull(row, ExtractColumn.DUSUN),
                rt, rw, region[0], region[1], region[2], region[3], postalCode);
        return new Accepted(resident, family, warnings);
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A code given as its number or as a label (normalised, with the known variants); 0 when empty. */
    private int code(ExtractRow row, ExtractColumn column, CodeList list, List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return 0;
        }
        Optional<Code> code = codeCache.computeIfAbsent(list, l -> new HashMap<>())
                .computeIfAbsent(value, v -> lookUp(list, v));
        if (code.isEmpty()) {
            problems.add(new Problem("import.reject.code", column.name(), list.slug()));
            return 0;
        }
        return code.get().code();
    }

    private Optional<Code> lookUp(CodeList list, String value) {
        if (value.chars().allMatch(Character::isDigit) && value.length() <= 3) {
            return codeLists.byCode(list, Integer.parseInt(value));
        }
        return codeLists.byLabel(list, value);
    }

    private @Nullable LocalDate date(ExtractRow row, ExtractColumn column, List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            problems.add(new Problem("import.reject.date", column.name()));
            return null;
        }
        if (date.isAfter(today) || date.isBefore(EARLIEST)) {
            problems.add(new Problem("import.reject.dateRange", column.name()));
            return null;
        }
        return date;
    }

    /** {@code yyyy-MM-dd} or {@code dd-MM-yyyy}; a slash instead of the hyphen is accepted too. */
    static @Nullable LocalDate parseDate(String value) {
        String s = value.replace('/', '-');
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            }
            if (s.length() == 10 && s.charAt(2) == '-' && s.charAt(5) == '-') {
                return LocalDate.of(number(s, 6, 10), number(s, 3, 5), number(s, 0, 2));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int number(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                throw new NumberFormatException();
            }
        }
        return Integer.parseInt(s, from, to, 10);
    }

    /** A parent's NIK is optional ("", "0" and "-" mean none) but must be a NIK when given. */
    private long parentNik(ExtractRow row, ExtractColumn column, List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty() || value.equals("0") || value.equals("-")) {
            return 0;
        }
        try {
            return Nik.parse(value).asLong();
        } catch (InvalidNikException e) {
            problems.add(new Problem("import.reject.parentNik", column.name()));
            return 0;
        }
    }

    private int smallNumber(ExtractRow row, ExtractColumn column, List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty() || value.equals("-")) {
            return 0;
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            problems.add(new Problem("import.reject.number", column.name()));
            return 0;
        }
        return Integer.parseInt(value); // at most 3 digits; 0 means not recorded
    }

    private @Nullable EktpStatus ektp(ExtractRow row, List<Problem> problems) {
        String value = row.value(ExtractColumn.EKTP_STATUS);
        if (value.isEmpty()) {
            return null;
        }
        Optional<EktpStatus> status = ektpCache.computeIfAbsent(value, EktpStatus::fromLabel);
        if (status.isEmpty()) {
            problems.add(new Problem("import.reject.ektp", ExtractColumn.EKTP_STATUS.name()));
        }
        return status.orElse(null);
    }

    private RecordStatus status(ExtractRow row, List<Problem> problems) {
        String value = row.value(ExtractColumn.STATUS_PENDUDUK);
        if (value.isEmpty()) {
            return RecordStatus.ACTIVE;
        }
        RecordStatus status = STATUS_LABELS.get(value.toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " "));
        if (status == null) {
            problems.add(new Problem("import.reject.status", ExtractColumn.STATUS_PENDUDUK.name()));
            return RecordStatus.ACTIVE;
        }
        return status;
    }

    private static Map<String, RecordStatus> statusLabels() {
        Map<String, RecordStatus> labels = new HashMap<>();
        for (RecordStatus status : RecordStatus.values()) {
            labels.put(status.name().replace('_', ' '), status);
        }
        labels.put("AKTIF", RecordStatus.ACTIVE);
        labels.put("HIDUP", RecordStatus.ACTIVE);
        labels.put("MENINGGAL", RecordStatus.DECEASED);
        labels.put("MENINGGAL DUNIA", RecordStatus.DECEASED);
        labels.put("MATI", RecordStatus.DECEASED);
        labels.put("PINDAH LUAR NEGERI", RecordStatus.MOVED_ABROAD);
        labels.put("PINDAH KE LUAR NEGERI", RecordStatus.MOVED_ABROAD);
        labels.put("GANDA", RecordStatus.DUPLICATE_BLOCKED);
        labels.put("DATA GANDA", RecordStatus.DUPLICATE_BLOCKED);
        labels.put("TIDAK AKTIF", RecordStatus.INACTIVE);
        labels.put("NONAKTIF", RecordStatus.INACTIVE);
        return labels;
    }

    /**
     * The village from NO_PROP/NO_KAB/NO_KEC/NO_KEL: {province, regency, district, village, retired}
     * where retired is 1 for a code of an older list (accepted with a warning). A code that never
     * existed is rejected.
     */
    private int[] region(ExtractRow row, List<Problem> problems) {
        int[] numbers = new int[5];
        ExtractColumn[] columns = {ExtractColumn.NO_PROP, ExtractColumn.NO_KAB, ExtractColumn.NO_KEC, ExtractColumn.NO_KEL};
        for (int i = 0; i < columns.length; i++) {
            String value = row.value(columns[i]);
            if (value.isEmpty()) {
                return numbers; // reported as required
            }
            if (!value.chars().allMatch(Character::isDigit)) {
                problems.add(new Problem("import.reject.number", columns[i].name()));
                return numbers;
            }
            numbers[i] = Integer.parseInt(value);
        }
        RegionCode village;
        try {
            village = RegionCode.ofNumbers(numbers[0], numbers[1], numbers[2], numbers[3]);
        } catch (GerbangException e) {
            problems.add(new Problem("import.reject.region"));
            return numbers;
        }
        long key = Long.parseLong(village.plain());
        Boolean current = villageCache.computeIfAbsent(key, k ->
                regions.isCurrent(village) ? Boolean.TRUE : regions.everExisted(village) ? Boolean.FALSE : null);
        if (current == null) {
            problems.add(new Problem("import.reject.region"));
        } else if (!current) {
            numbers[4] = 1;
        }
        return numbers;
    }

    private static @Nullable String text(ExtractRow row, ExtractColumn column) {
        String value = row.value(column);
        return value.isEmpty() || value.equals("-") ? null : value;
    }

    private static @Nullable String upperOrNull(ExtractRow row, ExtractColumn column) {
        String value = text(row, column);
        return value == null ? null : upper(value);
    }

    /** SIAK keeps names and places in upper case with single spaces. */
    private static String upper(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.contains("  ") || upper.indexOf('\t') >= 0 ? SPACES.matcher(upper).replaceAll(" ") : upper;
    }
}
