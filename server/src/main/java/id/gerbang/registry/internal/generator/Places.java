package id.gerbang.registry.internal.generator;

import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic addresses: streets and housing estates in towns, kampung and dusun in villages, and a
 * postal code that is stable per village and in the province's real range of first digits.
 */
final class Places {

    private static final String[] STREETS = {"MAWAR", "MELATI", "ANGGREK", "KENANGA", "CEMPAKA", "FLAMBOYAN",
        "BOUGENVIL", "MERDEKA", "PEMBANGUNAN", "KEMUNING", "NUSANTARA", "PELITA", "HARAPAN", "SEJAHTERA", "SENTOSA",
        "PERMATA", "PASAR BARU", "STASIUN", "SEKOLAH", "LAPANGAN", "RAYA TIMUR", "RAYA BARAT", "KAUM", "PESANTREN",
        "SUKAMAJU", "SUKASARI", "MEKARSARI", "NANGKA", "DURIAN", "RAMBUTAN", "MANGGA", "CENDANA", "TERATAI"};
    private static final String[] ESTATES = {"GRIYA ASRI", "BUMI INDAH", "TAMAN SARI", "PERMATA HIJAU", "CITRA LESTARI",
        "PURI MAS", "GRAHA PERSADA", "BUKIT RAYA", "TAMAN MEKAR", "VILLA MUTIARA"};
    private static final String[] SUNDA_PREFIX = {"CI", "SUKA", "PASIR ", "LEUWI", "BOJONG", "TEGAL ", "RANCA",
        "GUNUNG ", "BABAKAN ", "CIKA", "SIND", "NAGRAK "};
    private static final String[] SUNDA_SUFFIX = {"KARANG", "MANAH", "JAYA", "MULYA", "ASIH", "GEDE", "LEUTIK", "SARI",
        "RAME", "BENDA", "NANGKA", "HAYAM", "KONENG", "PANJANG", "TENGAH", "WARINGIN", "LAME", "HEULANG", "KALONG",
        "TIWU", "HURIP", "WANGI", "MEKAR", "BUNGUR"};
    private static final String[] DUSUN_NAMES = {"KRAJAN", "WETAN", "KULON", "LOR", "KIDUL", "TENGAH", "MEKAR",
        "SUKAMAJU", "SUKAMANAH", "SINDANGSARI"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
    private static final String[] ESTATE_BLOCKS = {"A", "B", "C", "D", "E", "F", "G", "H"};

    /** First two digits of postal codes per province (lowest, highest). */
    private static final Map<Integer, int[]> POSTAL_PREFIXES = Map.ofEntries(
            Map.entry(11, new int[] {23, 24}), Map.entry(12, new int[] {20, 22}), Map.entry(13, new int[] {25, 27}),
            Map.entry(14, new int[] {28, 28}), Map.entry(15, new int[] {36, 37}), Map.entry(16, new int[] {30, 32}),
            Map.entry(17, new int[] {38, 39}), Map.entry(18, new int[] {34, 35}), Map.entry(19, new int[] {33, 33}),
            Map.entry(21, new int[] {29, 29}), Map.entry(31, new int[] {10, 14}), Map.entry(32, new int[] {40, 46}),
            Map.entry(33, new int[] {50, 59}), Map.entry(34, new int[] {55, 55}), Map.entry(35, new int[] {60, 69}),
            Map.entry(36, new int[] {15, 15}), Map.entry(51, new int[] {80, 82}), Map.entry(52, new int[] {83, 84}),
            Map.entry(53, new int[] {85, 87}), Map.entry(61, new int[] {78, 79}), Map.entry(62, new int[] {73, 74}),
            Map.entry(63, new int[] {70, 72}), Map.entry(64, new int[] {75, 77}), Map.entry(65, new int[] {77, 77}),
            Map.entry(71, new int[] {95, 95}), Map.entry(72, new int[] {94, 94}), Map.entry(73, new int[] {90, 92}),
            Map.entry(74, new int[] {93, 93}), Map.entry(75, new int[] {96, 96}), Map.entry(76, new int[] {91, 91}),
            Map.entry(81, new int[] {97, 97}), Map.entry(82, new int[] {97, 97}));

    private Places() {
    }

    /** {@code ALAMAT}: a street in a town, a kampung or hamlet road in a village. */
    static String street(int provinceNo, boolean urban, SplittableRandom random) {
        if (urban || random.nextInt(10) == 0) {
            return switch (random.nextInt(10)) {
                case 0, 1 -> "GG. " + Names.pick(STREETS, random) + " NO. " + (1 + random.nextInt(60));
                case 2 -> "KOMP. " + Names.pick(ESTATES, random) + " BLOK " + Names.pick(ESTATE_BLOCKS, random)
                        + (1 + random.nextInt(12)) + " NO. " + (1 + random.nextInt(40));
                default -> "JL. " + Names.pick(STREETS, random) + " NO. " + (1 + random.nextInt(150));
            };
        }
        if (provinceNo == 32 || provinceNo == 36) {
            return "KP. " + sundaPlace(random);
        }
        return "DUSUN " + Names.pick(DUSUN_NAMES, random);
    }

    /** {@code DUSUN}: most desa record one; kelurahan do not. */
    static @Nullable String dusun(boolean kelurahan, SplittableRandom random) {
        if (kelurahan || random.nextInt(10) < 3) {
            return null;
        }
        return "DUSUN " + (random.nextBoolean() ? Names.pick(ROMAN, random) : Names.pick(DUSUN_NAMES, random));
    }

    static String sundaPlace(SplittableRandom random) {
        return Names.pick(SUNDA_PREFIX, random) + Names.pick(SUNDA_SUFFIX, random);
    }

    /**
     * {@code KODE_POS}: five digits, the same for every family of a village, in the province's range
     * (Bogor, Depok and Bekasi use 16xxx and 17xxx, the rest of West Java 40xxx-46xxx).
     */
    static String postalCode(int provinceNo, int regencyNo, int districtNo, int villageNo) {
        int prefix;
        if (provinceNo == 32 && (regencyNo == 1 || regencyNo == 71 || regencyNo == 76)) {
            prefix = 16;
        } else if (provinceNo == 32 && (regencyNo == 16 || regencyNo == 75)) {
            prefix = 17;
        } else {
            int[] range = POSTAL_PREFIXES.getOrDefault(provinceNo, new int[] {10, 99});
            prefix = range[0] + (regencyNo * 7) % (range[1] - range[0] + 1);
        }
        int rest = 100 + Math.floorMod(districtNo * 37 + (villageNo % 1000) * 11 + regencyNo * 3, 900);
        return prefix + String.valueOf(rest);
    }
}
