package id.gerbang.registry.internal.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds synthetic DWH extracts for import tests. */
final class ExtractFile {

    static final List<String> HEADER = List.of("NO_KK", "NIK", "NAMA_LGKP", "JENIS_KLMIN", "TMPT_LHR", "TGL_LHR",
            "AGAMA", "STATUS_KAWIN", "JENIS_PKRJN", "PDDK_AKH", "GOL_DARAH", "STAT_HBKEL", "NAMA_LGKP_IBU",
            "NAMA_LGKP_AYAH", "NIK_IBU", "NIK_AYAH", "ALAMAT", "DUSUN", "NO_RT", "NO_RW", "NO_PROP", "PROP_NAME",
            "NO_KAB", "KAB_NAME", "NO_KEC", "KEC_NAME", "NO_KEL", "KEL_NAME", "KODE_POS", "EKTP_STATUS",
            "NO_AKTA_LHR", "TGL_KWN", "NO_AKTA_KWN", "TGL_CRAI", "NO_AKTA_CRAI", "PNYDNG_CCT");

    private final List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();

    ExtractFile() {
        this(HEADER);
    }

    ExtractFile(List<String> header) {
        this.header = header;
    }

    /** A random NIK of district 32.04.10 with a synthetic serial (9000-9999). */
    static String nik(boolean female) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("320410%02d%02d%02d%04d", random.nextInt(1, 29) + (female ? 40 : 0),
                random.nextInt(1, 13), random.nextInt(40, 99), random.nextInt(9000, 10_000));
    }

    static String noKk() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("320410%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(6, 25), random.nextInt(9000, 10_000));
    }

    /** A valid row with labels, as most DWH exports write them; change cells with {@code put}. */
    static Map<String, String> person(String noKk, String nik, String name, boolean female, String relationship) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("NO_KK", noKk);
        row.put("NIK", nik);
        row.put("NAMA_LGKP", name);
        row.put("JENIS_KLMIN", female ? "Perempuan" : "Laki-laki");
        row.put("TMPT_LHR", "Bandung");
        row.put("TGL_LHR", "1981-03-14");
        row.put("AGAMA", "ISLAM");
        row.put("STATUS_KAWIN", "KAWIN TERCATAT");
        row.put("JENIS_PKRJN", "Karyawan Swasta");
        row.put("PDDK_AKH", "SLTA / SEDERAJAT");
        row.put("GOL_DARAH", "O");
        row.put("STAT_HBKEL", relationship);
        row.put("NAMA_LGKP_IBU", "IBU SINTETIS");
        row.put("NAMA_LGKP_AYAH", "AYAH SINTETIS");
        row.put("NIK_IBU", "");
        row.put("NIK_AYAH", "0");
        row.put("ALAMAT", "KP. CIBENDA");
        row.put("DUSUN", "DUSUN II");
        row.put("NO_RT", "003");
        row.put("NO_RW", "011");
        row.put("NO_PROP", "32");
        row.put("PROP_NAME", "JAWA BARAT");
        row.put("NO_KAB", "4");
        row.put("KAB_NAME", "BANDUNG");
        row.put("NO_KEC", "10");
        row.put("KEC_NAME", "MARGAASIH");
        row.put("NO_KEL", "2001");
        row.put("KEL_NAME", "MARGAASIH");
        row.put("KODE_POS", "40215");
        row.put("EKTP_STATUS", "SUDAH REKAM");
        row.put("NO_AKTA_LHR", "");
        row.put("TGL_KWN", "2005-07-01");
        row.put("NO_AKTA_KWN", "");
        row.put("TGL_CRAI", "");
        row.put("NO_AKTA_CRAI", "");
        row.put("PNYDNG_CCT", "");
        return row;
    }

    ExtractFile add(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    Path write(Path file, char delimiter) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.join(String.valueOf(delimiter), header)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                String value = row.getOrDefault(column, "");
                boolean quote = delimiter != '|' && (value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0);
                cells.add(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
            text.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
