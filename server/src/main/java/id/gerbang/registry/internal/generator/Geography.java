package id.gerbang.registry.internal.generator;

import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionHistory;
import id.gerbang.reference.RegionLevel;
import id.gerbang.reference.Regions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The regions of one province as the generator needs them: every current district with its
 * villages, and the retired district codes that NIKs issued before a split still carry.
 *
 * @param provinceNo    NO_PROP
 * @param districts     current districts, by code
 * @param villages      every current village of the province, as (district index, village number);
 *                      families are spread over villages uniformly
 * @param retiredPrefixes six-digit district codes of the province that were in a 2015-2024 list but
 *                      are not current (none in West Java)
 */
public record Geography(int provinceNo, List<District> districts, List<Village> villages, List<Long> retiredPrefixes) {

    public Geography {
        if (districts.isEmpty() || villages.isEmpty()) {
            throw new IllegalArgumentException("a province without districts or villages");
        }
        districts = List.copyOf(districts);
        villages = List.copyOf(villages);
        retiredPrefixes = List.copyOf(retiredPrefixes);
    }

    /**
     * @param regencyNo  NO_KAB
     * @param districtNo NO_KEC
     * @param place      the regency's name as a place of birth ("BANDUNG BARAT", "CIMAHI")
     * @param city       a kota rather than a kabupaten
     */
    public record District(int regencyNo, int districtNo, long prefix, String place, boolean city) {
    }

    /** @param district index into {@link #districts()} */
    public record Village(int district, int villageNo, boolean kelurahan) {
    }

    /** Reads a province from the reference module's region lists. */
    public static Geography of(Regions regions, RegionCode province) {
        if (province.level() != RegionLevel.PROVINCE) {
            throw new IllegalArgumentException("not a province: " + province);
        }
        List<District> districts = new ArrayList<>();
        Map<String, Integer> districtIndex = new HashMap<>();
        for (Region regency : regions.children(province)) {
            String place = placeName(regency.name());
            for (Region district : regions.children(regency.code())) {
                RegionCode code = district.code();
                districtIndex.put(code.plain(), districts.size());
                districts.add(new District(requireNumber(code.regencyNumber()), requireNumber(code.districtNumber()),
                        Long.parseLong(code.plain()), place, code.isInCity()));
            }
        }
        List<Village> villages = new ArrayList<>();
        for (Region village : regions.villagesOf(province)) {
            Integer index = districtIndex.get(village.code().upTo(RegionLevel.DISTRICT).plain());
            if (index != null) {
                villages.add(new Village(index, requireNumber(village.code().villageNumber()), village.code().isKelurahan()));
            }
        }
        return new Geography(province.provinceNumber(), districts, villages, retiredDistricts(regions, province));
    }

    /** Every district code of the province that the 2015-2025 lists knew but the current one lacks. */
    private static List<Long> retiredDistricts(Regions regions, RegionCode province) {
        List<Long> retired = new ArrayList<>();
        for (int regency = 1; regency <= 99; regency++) {
            for (int district = 1; district <= 99; district++) {
                RegionCode code = RegionCode.ofNumbers(province.provinceNumber(), regency, district, null);
                regions.history(code).filter(h -> !h.current()).map(RegionHistory::code)
                        .ifPresent(c -> retired.add(Long.parseLong(c.plain())));
            }
        }
        return retired;
    }

    private static int requireNumber(@Nullable Integer number) {
        if (number == null) {
            throw new IllegalStateException("region code without the expected part");
        }
        return number;
    }

    /** "Kabupaten Bandung Barat" -> "BANDUNG BARAT", "Kota Cimahi" -> "CIMAHI". */
    static String placeName(String regencyName) {
        String name = regencyName.strip().replaceFirst("(?i)^(kabupaten|kab\\.|kota adm\\.|kota administrasi|kota)\\s+", "");
        return name.toUpperCase(Locale.ROOT);
    }
}
