package id.gerbang.access.internal;

import java.util.Locale;

/**
 * SIAK's spelling of a regency's or city's name, as the real service answers {@code KAB_NAME}
 * (protocol section 3; issue 13 point 11), derived by rule from the ministry's (Kepmendagri) name:
 * <ul>
 * <li>a regency is its bare name: {@code Kabupaten Bogor} is {@code BOGOR}, {@code Kabupaten Sanggau}
 * {@code SANGGAU}, {@code Kabupaten Administrasi Kepulauan Seribu} {@code KEPULAUAN SERIBU};</li>
 * <li>a city keeps {@code KOTA}: {@code Kota Bandung} is {@code KOTA BANDUNG};</li>
 * <li>Jakarta's administrative cities are {@code KOTA ADM.}: {@code Kota Administrasi Jakarta Timur} is
 * {@code KOTA ADM. JAKARTA TIMUR}.</li>
 * </ul>
 * Any other name is only upper-cased. The rule is checked against all 514 regencies and cities of
 * the current list ({@code SiakNamesTests}).
 */
final class SiakNames {

    private static final String CITY_ADM = "KOTA ADMINISTRASI ";
    private static final String CITY = "KOTA ";
    private static final String REGENCY_ADM = "KABUPATEN ADMINISTRASI ";
    private static final String REGENCY = "KABUPATEN ";

    private SiakNames() {
    }

    /** The SIAK name of a regency or city, upper case. */
    static String regency(String official) {
        String name = official.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (name.startsWith(CITY_ADM)) {
            return "KOTA ADM. " + name.substring(CITY_ADM.length());
        }
        if (name.startsWith(CITY)) {
            return name;
        }
        if (name.startsWith(REGENCY_ADM)) {
            return name.substring(REGENCY_ADM.length());
        }
        if (name.startsWith(REGENCY)) {
            return name.substring(REGENCY.length());
        }
        return name;
    }
}
