package id.gerbang.registry.internal.generator;

import java.util.SplittableRandom;

/**
 * Synthetic full names in SIAK's upper case, built from common given-name parts and from
 * syllables; never a list of real people's names. Styles: Sundanese, Javanese and general
 * Indonesian names for older cohorts, the Arabic-influenced "modern" names common since the 2000s,
 * Christian names, and Balinese birth-order names.
 */
final class Names {

    enum Style { SUNDANESE, JAVANESE, GENERAL, CHRISTIAN, BALINESE }

    private static final String[] SUNDA_M = {"ASEP", "UJANG", "DEDE", "CECEP", "DADANG", "ENDANG", "YAYAN", "AANG",
        "DEDI", "HERI", "IWAN", "AGUS", "ADE", "UDIN", "ENJANG", "ATENG", "OMAN", "OYO", "JAJANG", "ENCEP", "DODI",
        "YANA", "ENDI", "RIDWAN", "TATANG", "UUS", "WAWAN", "DENI", "ROHMAT", "ENGKOS", "MAMAN", "JUJU", "ACENG"};
    private static final String[] SUNDA_F = {"EUIS", "NENENG", "IIS", "YAYAH", "ENTIN", "CUCU", "IMAS", "NINA", "NENG",
        "ELIS", "YENI", "TITIN", "LILIS", "NUNUNG", "ENOK", "ENI", "EUTIK", "EMAH", "OOM", "ICEU", "NANI", "IDAH",
        "EPON", "TETI", "YATI", "ANAH", "ENUNG", "AAN", "NUNUY", "EMI", "IYAH", "EULIS", "RINA"};
    private static final String[] SUNDA_M2 = {"SURYANA", "SUPRIATNA", "HIDAYAT", "PERMANA", "SOPANDI", "ROHENDI",
        "KUSNADI", "SUHENDAR", "NURJAMAN", "SAEPUDIN", "MULYANA", "SUTISNA", "JUHANA", "RUSMANA", "SETIAWAN",
        "GUNAWAN", "SUNANDAR", "KURNIA", "SOBARI", "RUHIYAT", "SUHERMAN", "NURDIN", "SUPARMAN", "HERMAWAN",
        "SUKMARA", "WIJAYA", "SAPUTRA", "RAHMAT", "SULAEMAN", "JAELANI", "MUHARAM", "ROSADI"};
    private static final String[] SUNDA_F2 = {"ROHAYATI", "NURHASANAH", "KOMARIAH", "SURYANI", "MARLINA", "SUMIATI",
        "RAHMAWATI", "KURNIASIH", "HERAWATI", "NURLAELA", "MULYATI", "SUKMAWATI", "KOMALASARI", "JUBAEDAH",
        "HODIJAH", "MASITOH", "AISYAH", "NURJANAH", "SOPIAH", "RUKMINI", "MARYAM", "WINARSIH", "SUTARSIH",
        "NURAENI", "SITI", "HALIMAH", "ROSMIATI", "YULIANTI", "KARTIKA", "PERMATASARI"};
    private static final String[] JAWA_M = {"BUDI", "SLAMET", "JOKO", "AGUS", "BAMBANG", "WAHYU", "EKO", "DWI", "TRI",
        "HARI", "SUGENG", "TEGUH", "PRIYO", "ANTON", "YUDI", "ARIF", "BAYU", "DANANG", "GALIH", "HERU", "WINARNO",
        "SUTRISNO", "SUKIRNO", "PARJO", "SUPRI", "SUGIYONO", "KUSNO", "RUDI", "SETYO", "PURWANTO"};
    private static final String[] JAWA_F = {"SRI", "DWI", "TRI", "ENDANG", "SUMI", "WATI", "YULI", "RATNA", "DEWI", "SITI",
        "NINING", "TUTIK", "SRIYANI", "SUPARMI", "PARTINI", "SUMARNI", "WAHYUNI", "KASIH", "ANIK", "ENDAH", "RINI",
        "SUMIYATI", "SULASTRI", "MURNI", "WARSI", "TENTREM", "PRATIWI"};
    private static final String[] JAWA_M2 = {"HARTONO", "SANTOSO", "WIBOWO", "SUSANTO", "PURNOMO", "SULISTYO",
        "PRASETYO", "NUGROHO", "SETIADI", "SUSILAWAN", "WALUYO", "RAHARJO", "SUPRAPTO", "SUTRISNO", "HADI", "UTOMO",
        "KUSUMA", "SAPUTRO", "WIDAYAT", "SUDARSONO", "PRAYOGO", "CAHYONO", "MULYONO", "PRIYANTO", "SUGIARTO"};
    private static final String[] JAWA_F2 = {"RAHAYU", "LESTARI", "WULANDARI", "HANDAYANI", "NINGSIH", "ASTUTI",
        "SUSANTI", "PURWANTI", "SETYOWATI", "KUSUMAWATI", "MULYANI", "SULISTYOWATI", "WIDYASTUTI", "RAHMAWATI",
        "PUJIASTUTI", "SUPRIHATIN", "NURHAYATI", "PANGESTU", "UTAMI", "SAFITRI", "PUSPITASARI"};
    private static final String[] GENERAL_M = {"MUHAMMAD", "AHMAD", "RIZKI", "FAJAR", "DIMAS", "ADITYA", "ILHAM",
        "FIRMAN", "HENDRA", "ANDI", "RENDI", "YOGA", "IQBAL", "FAHMI", "HABIB", "FAUZI", "ARDI", "RAHMAN", "HASAN",
        "YUSUF", "IBRAHIM", "ABDUL", "SYAIFUL", "NUR", "ANDRI", "ROBI", "DONI", "REZA", "FERDI", "TAUFIK"};
    private static final String[] GENERAL_F = {"PUTRI", "NUR", "SITI", "AULIA", "NABILA", "RAHMA", "FITRI", "ANISA",
        "DINA", "INDAH", "MAYA", "RINA", "LINDA", "YULIA", "DEWI", "SARI", "NOVI", "DIAN", "INTAN", "RATIH", "AYU",
        "FITRIANI", "ZAHRA", "SALSA", "AMELIA", "NURUL", "LAILA", "HANI", "WULAN", "TIARA"};
    private static final String[] GENERAL_M2 = {"FIRMANSYAH", "SAPUTRA", "PRATAMA", "MAULANA", "HIDAYATULLAH",
        "RAMADHAN", "KURNIAWAN", "SETIAWAN", "NUGRAHA", "PURNAMA", "FAUZAN", "HAKIM", "RIZALDI", "SYAHPUTRA",
        "ALFARIZI", "ARDIANSYAH", "HERDIANSYAH", "SURYADI", "PERDANA", "WIRAWAN", "HIDAYAT", "IRAWAN", "ARIFIN"};
    private static final String[] GENERAL_F2 = {"RAHMAWATI", "PERMATASARI", "ANGGRAENI", "KARTIKASARI", "OKTAVIANI",
        "RAMADHANI", "APRILIANI", "NOVITASARI", "FEBRIANTI", "MAHARANI", "AZZAHRA", "KHAIRUNNISA", "SYAFITRI",
        "FITRIYANI", "AMALIA", "NURFADILAH", "MAULIDA", "SEPTIANI", "PUSPITA", "AGUSTINA", "RAHAYU", "SALSABILA"};
    private static final String[] MODERN_M = {"MUHAMMAD", "RAFFA", "ALIF", "FARHAN", "NAUFAL", "RAFI", "ARKAN", "FATIH",
        "ZIDAN", "DAFFA", "AZKA", "GHAZI", "RAYYAN", "KENZIE", "ATHAR", "ABYAN", "FAIZ", "HAFIZ", "SATRIA", "BIMA",
        "ARFAN", "DZAKI", "RAIHAN", "FADLAN", "AQIL", "NIZAM"};
    private static final String[] MODERN_F = {"AZZAHRA", "KEYSHA", "NAYLA", "AISYAH", "ALYA", "SALSABILA", "KIRANA",
        "NADHIRA", "QUEENSHA", "ZAHIRA", "ARSYILA", "HANIFA", "KHANZA", "NAURA", "SYIFA", "ALIFA", "RAISHA", "ADIBA",
        "CALLISTA", "ZAFIRA", "MEISYA", "SHAKIRA", "ANINDYA", "NAJWA", "FARZANA"};
    private static final String[] CHRISTIAN_M = {"YOHANES", "PETRUS", "PAULUS", "MARKUS", "STEFANUS", "ANDREAS",
        "YOSEF", "MATIUS", "DANIEL", "SAMUEL", "YAKOBUS", "FRANSISKUS", "ROBERT", "HENDRIK", "MIKAEL", "TIMOTIUS"};
    private static final String[] CHRISTIAN_F = {"MARIA", "MAGDALENA", "ELISABETH", "KRISTINA", "VERONIKA", "AGNES",
        "RUTH", "DEBORA", "YOHANA", "MARTHA", "LIDIA", "THERESIA", "KATARINA", "SUSANA", "FIONA", "REGINA"};
    private static final String[] BALI_ORDER_M = {"WAYAN", "PUTU", "GEDE", "MADE", "KADEK", "NYOMAN", "KOMANG", "KETUT"};
    private static final String[] BALI_ORDER_F = {"WAYAN", "PUTU", "LUH", "MADE", "KADEK", "NYOMAN", "KOMANG", "KETUT"};

    // syllables for names no list holds: onset + middle + ending ("SU" + "NAN" + "DAR")
    private static final String[] ONSET = {"SU", "KUS", "HAR", "SA", "MU", "NUR", "RU", "JU", "SO", "TA", "RA", "WA",
        "DAR", "YU", "SE", "PUR", "WI", "MAR", "SUR", "AN"};
    private static final String[] MIDDLE = {"NAN", "MAN", "DI", "YA", "HEN", "PAN", "LYA", "TIS", "RYA", "DA", "JA",
        "WAN", "TI", "RA", "SA", "MI"};
    private static final String[] END_M = {"DI", "NA", "AN", "DAR", "JA", "TO", "NO", "MAN", "DIN", "RI", "WAN"};
    private static final String[] END_F = {"SIH", "TI", "NI", "YATI", "WATI", "ASIH", "AH", "NINGSIH", "SARI", "YANI"};

    private Names() {
    }

    /**
     * A full name.
     *
     * @param birthOrder 1 for the first child (Balinese names mark it), 0 when not a child
     * @param modern     born since 2000: the Arabic-influenced names most children get now
     */
    static String of(Style style, boolean female, int birthOrder, boolean modern, SplittableRandom random) {
        if (style == Style.BALINESE) {
            return balinese(female, birthOrder, random);
        }
        if (modern && style != Style.CHRISTIAN && random.nextInt(10) < 7) {
            String first = pick(female ? MODERN_F : MODERN_M, random);
            String second = pick(female ? GENERAL_F2 : GENERAL_M2, random);
            return random.nextInt(3) == 0
                    ? first + " " + pick(female ? MODERN_F : MODERN_M, random) + " " + second
                    : first + " " + second;
        }
        String[] firsts = switch (style) {
            case SUNDANESE -> female ? SUNDA_F : SUNDA_M;
            case JAVANESE -> female ? JAWA_F : JAWA_M;
            case CHRISTIAN -> female ? CHRISTIAN_F : CHRISTIAN_M;
            default -> female ? GENERAL_F : GENERAL_M;
        };
        String[] seconds = switch (style) {
            case SUNDANESE -> female ? SUNDA_F2 : SUNDA_M2;
            case JAVANESE -> female ? JAWA_F2 : JAWA_M2;
            default -> female ? GENERAL_F2 : GENERAL_M2;
        };
        int shape = random.nextInt(100);
        if (shape < 25) {
            // a single name, common in older SIAK records
            return random.nextInt(3) == 0 ? syllables(female, random) : pick(seconds, random);
        }
        String name = pick(firsts, random) + " " + (random.nextInt(6) == 0 ? syllables(female, random) : pick(seconds, random));
        if (shape >= 90) {
            name = name + " " + pick(seconds, random);
        }
        return name;
    }

    private static String balinese(boolean female, int birthOrder, SplittableRandom random) {
        String[] order = female ? BALI_ORDER_F : BALI_ORDER_M;
        int slot = birthOrder > 0 ? ((birthOrder - 1) % 4) * 2 + random.nextInt(2) : random.nextInt(order.length);
        return (female ? "NI " : "I ") + order[slot] + " " + syllables(female, random);
    }

    static String syllables(boolean female, SplittableRandom random) {
        StringBuilder name = new StringBuilder(12).append(pick(ONSET, random));
        if (random.nextBoolean()) {
            name.append(pick(MIDDLE, random));
        }
        return name.append(pick(female ? END_F : END_M, random)).toString();
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
