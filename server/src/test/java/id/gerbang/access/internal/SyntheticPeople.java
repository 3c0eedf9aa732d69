package id.gerbang.access.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic residents for the unit tests: made-up names, NIKs that pass the hard rules, and the
 * labels of the few codes they use. No real person.
 */
public final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** A test {@link PersonValues} backed by a map (the production adapter reads the register's record). */
    public record Person(Map<PersonField, Object> values) implements PersonValues {
        @Override
        public @Nullable Object value(PersonField field) {
            return values.get(field);
        }

        public Person with(PersonField field, @Nullable Object value) {
            EnumMap<PersonField, Object> copy = new EnumMap<>(values);
            if (value == null) {
                copy.remove(field);
            } else {
                copy.put(field, value);
            }
            return new Person(copy);
        }
    }

    public static final String NO_KK = "3204101201150007";

    /** A married woman born 5 January 1990 in Bandung; her card's second member. */
    public static Person ratna() {
        EnumMap<PersonField, Object> v = new EnumMap<>(PersonField.class);
        v.put(PersonField.NO_KK, NO_KK);
        v.put(PersonField.NIK, "3204104501900003");
        v.put(PersonField.NAMA_LGKP, "RATNA KUSUMA WIJAYANTI");
        v.put(PersonField.JENIS_KLMIN, 2);
        v.put(PersonField.TMPT_LHR, "BANDUNG");
        v.put(PersonField.TGL_LHR, LocalDate.of(1990, 1, 5));
        v.put(PersonField.AGAMA, 1);
        v.put(PersonField.STATUS_KAWIN, 2);
        v.put(PersonField.JENIS_PKRJN, 2);
        v.put(PersonField.PDDK_AKH, 5);
        v.put(PersonField.GOL_DARAH, 13);
        v.put(PersonField.STAT_HBKEL, 3);
        v.put(PersonField.NAMA_LGKP_IBU, "SUMARNI WIDYASTUTI");
        v.put(PersonField.NAMA_LGKP_AYAH, "DADANG KUSNADI");
        v.put(PersonField.ALAMAT, "JL. MAWAR NO. 17");
        v.put(PersonField.DUSUN, "SUKAMAJU");
        v.put(PersonField.NO_RT, 3);
        v.put(PersonField.NO_RW, 5);
        v.put(PersonField.NO_PROP, 32);
        v.put(PersonField.PROP_NAME, "JAWA BARAT");
        v.put(PersonField.NO_KAB, 4);
        v.put(PersonField.KAB_NAME, "BANDUNG"); // SIAK's name of Kabupaten Bandung
        v.put(PersonField.NO_KEC, 10);
        v.put(PersonField.KEC_NAME, "MARGAASIH");
        v.put(PersonField.NO_KEL, 2001);
        v.put(PersonField.KEL_NAME, "MARGAASIH");
        v.put(PersonField.KODE_POS, 40215);
        v.put(PersonField.EKTP_STATUS, "SUDAH REKAM");
        v.put(PersonField.NO_AKTA_LHR, "3204-LT-05011990-0003");
        v.put(PersonField.TGL_KWN, LocalDate.of(2014, 6, 21));
        return new Person(v);
    }

    /** Her husband, the head of the family. */
    public static Person hendra() {
        return ratna()
                .with(PersonField.NIK, "3204101703880002")
                .with(PersonField.NAMA_LGKP, "HENDRA GUNAWAN SAPUTRA")
                .with(PersonField.JENIS_KLMIN, 1)
                .with(PersonField.TMPT_LHR, "CIMAHI")
                .with(PersonField.TGL_LHR, LocalDate.of(1988, 3, 17))
                .with(PersonField.JENIS_PKRJN, 15)
                .with(PersonField.STAT_HBKEL, 1)
                .with(PersonField.GOL_DARAH, 4)
                .with(PersonField.NAMA_LGKP_IBU, "ENTIN KARTINI")
                .with(PersonField.NAMA_LGKP_AYAH, "ASEP SUPRIATNA")
                .with(PersonField.NO_AKTA_LHR, null);
    }

    /** Their daughter, a province-91 NIK would exceed 2^53; this one does not. */
    public static Person nadia() {
        return ratna()
                .with(PersonField.NIK, "3204105208150001")
                .with(PersonField.NAMA_LGKP, "NADIA PUTRI GUNAWAN")
                .with(PersonField.TGL_LHR, LocalDate.of(2015, 8, 12))
                .with(PersonField.STATUS_KAWIN, 1)
                .with(PersonField.JENIS_PKRJN, 3)
                .with(PersonField.PDDK_AKH, 3)
                .with(PersonField.STAT_HBKEL, 4)
                .with(PersonField.NAMA_LGKP_IBU, "RATNA KUSUMA WIJAYANTI")
                .with(PersonField.NAMA_LGKP_AYAH, "HENDRA GUNAWAN SAPUTRA")
                .with(PersonField.NIK_IBU, "3204104501900003")
                .with(PersonField.NIK_AYAH, "3204101703880002")
                .with(PersonField.EKTP_STATUS, "BELUM REKAM")
                .with(PersonField.NO_AKTA_LHR, "3204-LT-12082015-0001")
                .with(PersonField.TGL_KWN, null);
    }

    public static final Labels LABELS = new Labels() {
        private final Map<CodeKind, Map<Integer, String>> labels = Map.of(
                CodeKind.RELIGION, Map.of(1, "ISLAM", 2, "KRISTEN", 3, "KATHOLIK"),
                CodeKind.MARITAL_STATUS, Map.of(1, "BELUM KAWIN", 2, "KAWIN", 3, "CERAI HIDUP", 4, "CERAI MATI"),
                CodeKind.OCCUPATION, Map.of(1, "BELUM/TIDAK BEKERJA", 2, "MENGURUS RUMAH TANGGA",
                        3, "PELAJAR/MAHASISWA", 15, "KARYAWAN SWASTA"),
                CodeKind.EDUCATION, Map.of(3, "TAMAT SD/SEDERAJAT", 5, "SLTA/SEDERAJAT"),
                CodeKind.BLOOD_TYPE, Map.of(4, "O", 13, "TIDAK TAHU"),
                CodeKind.FAMILY_RELATIONSHIP, Map.of(1, "KEPALA KELUARGA", 3, "ISTRI", 4, "ANAK"),
                CodeKind.DISABILITY, Map.of(7, "TIDAK CACAT"));

        @Override
        public @Nullable String label(CodeKind list, int code) {
            return labels.get(list).get(code);
        }

        @Override
        public OptionalInt code(CodeKind list, String label) {
            String normal = label.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s*/\\s*", "/");
            return labels.get(list).entrySet().stream().filter(e -> e.getValue().equals(normal))
                    .mapToInt(Map.Entry::getKey).findFirst();
        }
    };
}
