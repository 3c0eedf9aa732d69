package id.gerbang.registry.internal.generator;

import java.util.SplittableRandom;

/**
 * Age-appropriate SIAK codes: education (PDDK_AKH), occupation (JENIS_PKRJN), religion (AGAMA) by
 * province, blood type and disability. Codes are those of the shipped code lists.
 */
final class Traits {

    // education codes: 1 TIDAK/BELUM SEKOLAH, 2 BELUM TAMAT SD, 3 TAMAT SD, 4 SLTP, 5 SLTA,
    // 6 DIPLOMA I/II, 7 AKADEMI/D III, 8 D IV/S1, 9 S2, 10 S3
    private static final Weighted EDUCATION_60_PLUS = Weighted.of(1, 12, 2, 20, 3, 40, 4, 12, 5, 10, 6, 1, 7, 2, 8, 3, 9, 0.3, 10, 0.1);
    private static final Weighted EDUCATION_40_59 = Weighted.of(1, 4, 2, 8, 3, 33, 4, 20, 5, 25, 6, 1.5, 7, 3, 8, 5, 9, 0.8, 10, 0.1);
    private static final Weighted EDUCATION_23_39 = Weighted.of(1, 1, 2, 3, 3, 20, 4, 22, 5, 35, 6, 2, 7, 5, 8, 11, 9, 1, 10, 0.1);
    private static final Weighted EDUCATION_19_22 = Weighted.of(3, 10, 4, 25, 5, 57, 6, 3, 7, 3, 8, 2);

    // occupation codes (jenis_pekerjaan.csv)
    private static final Weighted MEN = Weighted.of(88, 22, 15, 20, 19, 14, 9, 8, 20, 6, 84, 5, 8, 3, 81, 3, 26, 2,
            27, 1, 35, 1, 18, 2, 1, 5, 11, 0.5, 10, 0.5, 13, 1, 14, 1, 12, 1, 45, 0.3, 41, 0.2, 24, 0.2, 29, 0.2);
    private static final Weighted MEN_SCHOOLED = Weighted.of(5, 2, 6, 0.7, 7, 0.7, 16, 1.5, 17, 0.4, 44, 0.2, 15, 3);
    private static final Weighted MEN_GRADUATE = Weighted.of(65, 3, 64, 0.3, 72, 0.3, 74, 0.6, 75, 0.1, 70, 0.3,
            69, 0.2, 67, 0.2, 68, 0.05, 71, 0.3, 80, 0.1);
    private static final Weighted WOMEN = Weighted.of(2, 45, 88, 12, 15, 12, 84, 6, 19, 5, 1, 5, 9, 3, 20, 3,
            23, 1, 30, 1, 32, 0.5, 46, 0.3);
    private static final Weighted WOMEN_SCHOOLED = Weighted.of(5, 2, 18, 2.5, 16, 0.8, 15, 3);
    private static final Weighted WOMEN_GRADUATE = Weighted.of(65, 4, 73, 1, 74, 1.5, 72, 0.3, 64, 0.2, 75, 0.2, 70, 0.3);
    private static final Weighted OLD_MEN = Weighted.of(1, 30, 88, 20, 9, 20, 20, 8, 84, 5, 19, 5);
    private static final Weighted OLD_WOMEN = Weighted.of(2, 55, 1, 35, 84, 5, 9, 5);

    // religion codes: 1 ISLAM, 2 KRISTEN, 3 KATHOLIK, 4 HINDU, 5 BUDHA, 6 KHONGHUCU, 7 KEPERCAYAAN
    private static final Weighted RELIGION_WEST_JAVA = Weighted.of(1, 97.3, 2, 1.6, 3, 0.7, 4, 0.05, 5, 0.3, 6, 0.03, 7, 0.02);
    private static final Weighted RELIGION_MOSTLY_MUSLIM = Weighted.of(1, 90, 2, 5, 3, 2.5, 4, 1.5, 5, 0.8, 6, 0.1, 7, 0.1);
    private static final Weighted RELIGION_BALI = Weighted.of(4, 86, 1, 10, 2, 2, 3, 1, 5, 1);
    private static final Weighted RELIGION_NTT = Weighted.of(3, 54, 2, 35, 1, 9, 4, 1, 7, 1);
    private static final Weighted RELIGION_NORTH_SUMATRA = Weighted.of(1, 64, 2, 27, 3, 7, 5, 2);
    private static final Weighted RELIGION_MOSTLY_CHRISTIAN = Weighted.of(2, 63, 3, 15, 1, 20, 4, 1, 5, 1);
    private static final Weighted RELIGION_WEST_KALIMANTAN = Weighted.of(1, 60, 3, 22, 2, 11, 5, 5, 6, 2);

    private static final Weighted BLOOD = Weighted.of(13, 55, 4, 15.4, 2, 12.4, 1, 11.1, 3, 3.1, 11, 1.2, 7, 0.8, 5, 0.7, 9, 0.2, 12, 0.1);
    private static final Weighted DISABILITY = Weighted.of(1, 40, 2, 15, 3, 15, 4, 15, 5, 5, 6, 10);

    private Traits() {
    }

    static int religion(int provinceNo, SplittableRandom random) {
        Weighted table = switch (provinceNo) {
            case 32, 36 -> RELIGION_WEST_JAVA;
            case 51 -> RELIGION_BALI;
            case 53 -> RELIGION_NTT;
            case 12 -> RELIGION_NORTH_SUMATRA;
            case 61 -> RELIGION_WEST_KALIMANTAN;
            case 71, 81, 91, 92, 93, 94, 95, 96 -> RELIGION_MOSTLY_CHRISTIAN;
            default -> RELIGION_MOSTLY_MUSLIM;
        };
        return table.pick(random);
    }

    /** The highest education completed (or under way, for pupils), by age. */
    static int education(int age, SplittableRandom random) {
        if (age < 7) {
            return 1;
        }
        if (age < 13) {
            return 2;
        }
        if (age < 16) {
            return 3;
        }
        if (age < 19) {
            return random.nextInt(10) == 0 ? 3 : 4;
        }
        if (age < 23) {
            return EDUCATION_19_22.pick(random);
        }
        if (age < 40) {
            return EDUCATION_23_39.pick(random);
        }
        return age < 60 ? EDUCATION_40_59.pick(random) : EDUCATION_60_PLUS.pick(random);
    }

    /** Small children do not work, pupils are PELAJAR/MAHASISWA, professions need their degrees. */
    static int occupation(int age, boolean female, int education, SplittableRandom random) {
        if (age < 5) {
            return 1;
        }
        if (age < 19) {
            return random.nextInt(20) == 0 ? 1 : 3;
        }
        if (age < 25 && education >= 5 && random.nextInt(10) < 4) {
            return 3;
        }
        if (age >= 58) {
            if (education >= 5 && random.nextInt(5) == 0) {
                return 4; // PENSIUNAN
            }
            return female ? OLD_WOMEN.pick(random) : OLD_MEN.pick(random);
        }
        int draw = random.nextInt(100);
        if (education >= 8 && draw < 30) {
            return female ? WOMEN_GRADUATE.pick(random) : MEN_GRADUATE.pick(random);
        }
        if (education >= 5 && draw < 40) {
            return female ? WOMEN_SCHOOLED.pick(random) : MEN_SCHOOLED.pick(random);
        }
        return female ? WOMEN.pick(random) : MEN.pick(random);
    }

    /** Most SIAK records say TIDAK TAHU (13). */
    static int bloodType(SplittableRandom random) {
        return BLOOD.pick(random);
    }

    /** About 1.2% of residents have a recorded disability; 0 for none. */
    static int disability(SplittableRandom random) {
        return random.nextInt(1000) < 12 ? DISABILITY.pick(random) : 0;
    }
}
