package id.gerbang.registry.internal.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.Nik;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Resident;
import id.gerbang.registry.Sex;
import id.gerbang.registry.internal.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ExtractImportTests {

    @Autowired
    ExtractImport extractImport;

    @Autowired
    PopulationRegister register;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importsAGoodFileWithLabelsAndMapsThemToCodes() throws IOException {
        String kk = ExtractFile.noKk();
        String head = ExtractFile.nik(false);
        String wife = ExtractFile.nik(true);
        Map<String, String> wifeRow = ExtractFile.person(kk, wife, "Neng  Sintetis", true, "ISTRI");
        wifeRow.put("JENIS_PKRJN", "APARATUR SIPIL NEGARA (ASN)");
        wifeRow.put("TGL_LHR", "17-08-1984");
        wifeRow.put("NIK_AYAH", head.substring(0, 6) + "0101509001");
        Path file = new ExtractFile()
                .add(ExtractFile.person(kk, head, "Ujang Sintetis", false, "KEPALA KELUARGA"))
                .add(wifeRow)
                .write(dir.resolve("extract.csv"), ',');

        ImportSummary summary = run(file);

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.families()).isEqualTo(1);
        assertThat(summary.delimiter()).isEqualTo(',');
        assertThat(summary.ignoredColumns()).isEmpty();
        assertThat(reportRows(summary)).isEmpty();

        Resident read = register.findByNik(Nik.parse(wife)).orElseThrow();
        assertThat(read.fullName()).isEqualTo("NENG SINTETIS");
        assertThat(read.sex()).isEqualTo(Sex.FEMALE);
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1984, 8, 17));
        assertThat(read.religion()).isEqualTo(1);
        assertThat(read.maritalStatus()).as("KAWIN TERCATAT is KAWIN").isEqualTo(2);
        assertThat(read.occupation()).as("ASN is code 5").isEqualTo(5);
        assertThat(read.education()).isEqualTo(5);
        assertThat(read.bloodType()).isEqualTo(4);
        assertThat(read.familyRelationship()).isEqualTo(3);
        assertThat(read.motherNik()).isNull();
        assertThat(read.fatherNik()).isEqualTo(Nik.parse(head.substring(0, 6) + "0101509001"));
        assertThat(read.ektpStatus()).isEqualTo(EktpStatus.RECORDED);
        assertThat(read.marriageDate()).isEqualTo(LocalDate.of(2005, 7, 1));
        assertThat(read.citizenship()).isEqualTo(1);
        assertThat(read.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(read.address().street()).isEqualTo("KP. CIBENDA");
        assertThat(read.address().rt()).isEqualTo(3);
        assertThat(read.address().rw()).isEqualTo(11);
        assertThat(read.address().villageCode().dotted()).isEqualTo("32.04.10.2001");
        assertThat(register.findFamily(read.noKk())).hasSize(2).first().satisfies(r -> assertThat(r.isHeadOfFamily()).isTrue());
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAChangedRowReplacesItsNik() throws IOException {
        String kk = ExtractFile.noKk();
        String nik = ExtractFile.nik(false);
        Map<String, String> row = ExtractFile.person(kk, nik, "ASEP SINTETIS", false, "KEPALA KELUARGA");
        Path file = new ExtractFile().add(row).write(dir.resolve("again.csv"), ',');

        run(file);
        Resident first = register.findByNik(Nik.parse(nik)).orElseThrow();
        ImportSummary second = run(file);

        assertThat(second.accepted()).isEqualTo(1);
        assertThat(register.findByNik(Nik.parse(nik))).contains(first);
        assertThat(jdbc.sql("select count(*) from resident where nik = ?").param(Long.parseLong(nik)).query(Long.class).single()).isOne();

        row.put("NAMA_LGKP", "ASEP SINTETIS PERMANA");
        row.put("STATUS_KAWIN", "CERAI HIDUP");
        run(new ExtractFile().add(row).write(dir.resolve("changed.csv"), ','));
        Resident changed = register.findByNik(Nik.parse(nik)).orElseThrow();
        assertThat(changed.fullName()).isEqualTo("ASEP SINTETIS PERMANA");
        assertThat(changed.maritalStatus()).isEqualTo(3);
    }

    @Test
    void readsPipeDelimitedFilesWithCodesAndDayFirstDates() throws IOException {
        String kk = ExtractFile.noKk();
        String nik = ExtractFile.nik(true);
        Map<String, String> row = ExtractFile.person(kk, nik, "SITI SINTETIS", true, "1");
        row.putAll(Map.of("JENIS_KLMIN", "2", "AGAMA", "3", "STATUS_KAWIN", "1", "JENIS_PKRJN", "88",
                "PDDK_AKH", "8", "GOL_DARAH", "13", "TGL_LHR", "05-01-1990", "EKTP_STATUS", "BELUM REKAM", "TGL_KWN", ""));
        row.put("PNYDNG_CCT", "3");
        row.put("NAMA_LGKP_IBU", "IBU \"SINTETIS\"");
        Path file = new ExtractFile().add(row).write(dir.resolve("extract.txt"), '|');

        ImportSummary summary = run(file);

        assertThat(summary.delimiter()).isEqualTo('|');
        assertThat(summary.accepted()).isEqualTo(1);
        Resident read = register.findByNik(Nik.parse(nik)).orElseThrow();
        assertThat(read.religion()).isEqualTo(3);
        assertThat(read.occupation()).isEqualTo(88);
        assertThat(read.education()).isEqualTo(8);
        assertThat(read.bloodType()).isEqualTo(13);
        assertThat(read.disability()).isEqualTo(3);
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 5));
        assertThat(read.ektpStatus()).isEqualTo(EktpStatus.NOT_RECORDED);
        assertThat(read.motherName()).isEqualTo("IBU \"SINTETIS\"");
    }

    @Test
    void readsSemicolonFilesWithAByteOrderMarkAndQuotedCells() throws IOException {
        String nik = ExtractFile.nik(false);
        Map<String, String> row = ExtractFile.person(ExtractFile.noKk(), nik, "DEDI SINTETIS", false, "KEPALA KELUARGA");
        row.put("ALAMAT", "JL. MAWAR NO. 7; BLOK C");
        Path file = new ExtractFile().add(row).write(dir.resolve("semicolon.csv"), ';');
        Files.writeString(file, "\uFEFF" + Files.readString(file));

        ImportSummary summary = run(file);

        assertThat(summary.delimiter()).isEqualTo(';');
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(register.findByNik(Nik.parse(nik)).orElseThrow().address().street()).isEqualTo("JL. MAWAR NO. 7; BLOK C");
    }

    @Test
    void rejectsBadRowsIntoTheReportAndLoadsTheGoodOnes() throws IOException {
        String kk = ExtractFile.noKk();
        String good = ExtractFile.nik(false);
        String duplicate = ExtractFile.nik(true);
        String badReligion = ExtractFile.nik(false);
        String badDate = ExtractFile.nik(true);
        String badVillage = ExtractFile.nik(false);
        String badParent = ExtractFile.nik(true);
        String noName = ExtractFile.nik(false);
        ExtractFile extract = new ExtractFile()
                .add(ExtractFile.person(kk, good, "GOOD ROW", false, "KEPALA KELUARGA"))                   // row 2
                .add(ExtractFile.person(kk, "320410150190900", "SHORT NIK", false, "ANAK"))              // row 3
                .add(with(ExtractFile.person(kk, badReligion, "X", false, "ANAK"), "AGAMA", "JEDI"))     // row 4
                .add(with(ExtractFile.person(kk, badDate, "X", true, "ANAK"), "TGL_LHR", "1990-02-30"))  // row 5
                .add(with(ExtractFile.person(kk, badVillage, "X", false, "ANAK"), "NO_KEL", "2999"))     // row 6
                .add(with(ExtractFile.person(kk, badParent, "X", true, "ANAK"), "NIK_IBU", "12345"))     // row 7
                .add(with(ExtractFile.person(kk, noName, "", false, "ANAK"), "JENIS_PKRJN", ""))         // row 8
                .add(ExtractFile.person(kk, duplicate, "FIRST", true, "ISTRI"))                          // row 9
                .add(ExtractFile.person(kk, duplicate, "SECOND", true, "ISTRI"));                        // row 10
        Path report = dir.resolve("out/rejects.csv");

        ImportSummary summary = extractImport.run(extract.write(dir.resolve("bad.csv"), ','), report, ProgressListener.NONE);

        assertThat(summary.rows()).isEqualTo(9);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(7);
        assertThat(summary.accepted() + summary.rejected()).as("nothing dropped silently").isEqualTo(summary.rows());
        List<CSVRecord> rejects = reportRows(summary);
        assertThat(rejects).extracting(r -> r.get(0)).containsExactly("3", "4", "5", "6", "7", "8", "10");
        assertThat(rejects.get(0).get(2)).contains("NIK harus 16 digit");
        assertThat(rejects.get(0).get(3)).contains("NIK").contains("15");
        assertThat(rejects.get(1).get(3)).contains("AGAMA", "religion");
        assertThat(rejects.get(2).get(2)).contains("TGL_LHR");
        assertThat(rejects.get(3).get(3)).contains("NO_KEL");
        assertThat(rejects.get(4).get(3)).contains("NIK_IBU");
        assertThat(rejects.get(5).get(2)).contains("NAMA_LGKP", "JENIS_PKRJN");
        assertThat(rejects.get(6).get(3)).contains("row 9");
        for (CSVRecord reject : rejects) {
            assertThat(reject.get(1)).as("masked NIK").startsWith("320410").endsWith("*").doesNotContainPattern("\\d{7}");
            assertThat(reject.get(2)).isNotBlank();
            assertThat(reject.get(3)).isNotBlank();
        }
        assertThat(register.findByNik(Nik.parse(good))).isPresent();
        assertThat(register.findByNik(Nik.parse(duplicate)).orElseThrow().fullName()).isEqualTo("FIRST");
        assertThat(register.findAll(List.of(Nik.parse(badReligion), Nik.parse(badDate), Nik.parse(badVillage),
                Nik.parse(badParent), Nik.parse(noName)))).isEmpty();
    }

    @Test
    void acceptsARetiredVillageWithAWarningAndTheStatusExtension() throws IOException {
        String nik = ExtractFile.nik(false);
        Map<String, String> row = ExtractFile.person(ExtractFile.noKk(), nik, "TUA SINTETIS", false, "KEPALA KELUARGA");
        row.putAll(Map.of("NO_KAB", "1", "NO_KEC", "13", "NO_KEL", "2007", "STATUS_PENDUDUK", "Meninggal Dunia",
                "TGL_STATUS", "2024-02-29", "KEWARGANEGARAAN", "WNI", "CATATAN", "x"));
        List<String> header = new ArrayList<>(ExtractFile.HEADER);
        header.addAll(List.of("STATUS_PENDUDUK", "TGL_STATUS", "KEWARGANEGARAAN", "CATATAN"));

        ImportSummary summary = run(new ExtractFile(header).add(row).write(dir.resolve("retired.csv"), ','));

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(1);
        assertThat(summary.ignoredColumns()).containsExactly("CATATAN");
        Resident read = register.findByNik(Nik.parse(nik)).orElseThrow();
        assertThat(read.status()).isEqualTo(RecordStatus.DECEASED);
        assertThat(read.statusDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read.address().villageCode().dotted()).isEqualTo("32.01.13.2007");
    }

    @Test
    void refusesAFileWithoutARequiredColumnAndWritesNothing() throws IOException {
        List<String> header = new ArrayList<>(ExtractFile.HEADER);
        header.remove("NO_KK");
        String nik = ExtractFile.nik(false);
        Path file = new ExtractFile(header).add(ExtractFile.person(ExtractFile.noKk(), nik, "X", false, "1"))
                .write(dir.resolve("no-kk.csv"), ',');

        assertThatThrownBy(() -> run(file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.refused.columns");
                    assertThat(e.args()).containsExactly("NO_KK");
                });
        assertThat(register.findByNik(Nik.parse(nik))).isEmpty();
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> run(dir.resolve("nowhere.csv")))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("import.refused.unreadable"));
    }

    @Test
    void rejectsRowsWithTooFewCellsAndBytesThatAreNotUtf8() throws IOException {
        String good = ExtractFile.nik(false);
        Path file = new ExtractFile().add(ExtractFile.person(ExtractFile.noKk(), good, "GOOD", false, "1"))
                .write(dir.resolve("broken.csv"), ',');
        String latin1Name = ExtractFile.nik(true);
        byte[] latin1 = (String.join(",", ExtractFile.person(ExtractFile.noKk(), latin1Name, "ANDR\u00c9", true, "1").values()) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, "320410,short,row\n".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);

        ImportSummary summary = run(file);

        assertThat(summary.accepted()).isEqualTo(1);
        List<CSVRecord> rejects = reportRows(summary);
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0).get(3)).contains("3 columns");
        assertThat(rejects.get(1).get(3)).contains("NAMA_LGKP", "UTF-8");
    }

    @Test
    void detectsTheDelimiterFromTheHeader() throws IOException {
        assertThat(ExtractImport.detectDelimiter(Files.writeString(dir.resolve("a"), "NIK|NO_KK|\"A,B\"\n"))).isEqualTo('|');
        assertThat(ExtractImport.detectDelimiter(Files.writeString(dir.resolve("b"), "NIK\tNO_KK\tNAMA\n"))).isEqualTo('\t');
        assertThat(ExtractImport.detectDelimiter(Files.writeString(dir.resolve("c"), "NIK;NO_KK;\"X,Y,Z\"\n"))).isEqualTo(';');
        assertThat(ExtractImport.detectDelimiter(Files.writeString(dir.resolve("d"), "NIK,NO_KK\n"))).isEqualTo(',');
    }

    private ImportSummary run(Path file) throws IOException {
        return extractImport.run(file, dir.resolve(file.getFileName() + ".rejects.csv"), ProgressListener.NONE);
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    private static List<CSVRecord> reportRows(ImportSummary summary) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(summary.report()))) {
            return parser.getRecords();
        }
    }
}
