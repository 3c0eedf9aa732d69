package id.gerbang.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.common.GerbangException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegionsTests {

    @Autowired
    Regions regions;

    @Test
    void findsARegionInEveryForm() {
        Region village = regions.find("32.04.10.2001").orElseThrow();
        assertThat(village.name()).isEqualTo("Margaasih");
        assertThat(village.level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(village.parent()).isEqualTo(RegionCode.parse("32.04.10"));
        assertThat(regions.find("3204102001")).contains(village);
        assertThat(regions.find(RegionCode.ofNumbers(32, 4, 10, 2001))).contains(village);
        assertThat(regions.find("32.04").orElseThrow().name()).isEqualTo("Kabupaten Bandung");
        assertThat(regions.find("32").orElseThrow().name()).isEqualTo("Jawa Barat");
        assertThat(regions.find("32.04.10").orElseThrow().name()).isEqualTo("Margaasih");
    }

    @Test
    void wellFormedButUnknownCodesAreEmptyMalformedOnesFail() {
        assertThat(regions.find("32.04.99.2999")).isEmpty();
        assertThat(regions.find("99")).isEmpty();
        assertThatThrownBy(() -> regions.find("32.4.10"))
                .isInstanceOfSatisfying(GerbangException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ReferenceError.REGION_CODE_PART_LENGTH));
    }

    @Test
    void levelsAndChildren() {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(regions.provinces().getFirst().name()).isEqualTo("Aceh");
        assertThat(regions.all(RegionLevel.REGENCY)).hasSize(514);
        assertThat(regions.all(RegionLevel.DISTRICT)).hasSize(7_285);
        assertThat(regions.all(RegionLevel.VILLAGE)).hasSize(83_762);

        List<Region> jabar = regions.children(RegionCode.parse("32"));
        assertThat(jabar).hasSize(27).allSatisfy(r -> assertThat(r.level()).isEqualTo(RegionLevel.REGENCY));
        assertThat(jabar).extracting(r -> r.code().plain()).isSorted();
        assertThat(regions.children(RegionCode.parse("32.04"))).hasSize(31);
        assertThat(regions.children(RegionCode.parse("32.04.10.2001"))).isEmpty();
        assertThat(regions.children(RegionCode.parse("91.01"))).as("retired regency").isEmpty();
    }

    @Test
    void villagesOfAProvinceRegencyOrDistrict() {
        assertThat(regions.villagesOf(RegionCode.parse("32"))).hasSize(5_957)
                .allSatisfy(r -> assertThat(r.code().plain()).startsWith("32"));
        List<Region> bandung = regions.villagesOf(RegionCode.parse("32.04"));
        int viaDistricts = regions.children(RegionCode.parse("32.04")).stream()
                .mapToInt(d -> regions.children(d.code()).size()).sum();
        assertThat(bandung).hasSize(viaDistricts).hasSize(280);
        assertThat(regions.villagesOf(RegionCode.parse("32.04.10")))
                .containsExactlyElementsOf(regions.children(RegionCode.parse("32.04.10")));
        assertThat(regions.villagesOf(RegionCode.parse("11"))).first()
                .satisfies(r -> assertThat(r.code().dotted()).isEqualTo("11.01.01.2001"));
        assertThat(regions.villagesOf(RegionCode.parse("96.71"))).isNotEmpty();
        assertThat(regions.villagesOf(RegionCode.parse("99"))).isEmpty();
    }

    /** Every retired West Java village code ever existed, is not current, and has a history. */
    @Test
    void retiredJabarVillagesEverExistedButAreNotCurrent() throws IOException {
        List<CSVRecord> retired = read("/reference/wilayah_jabar_32_retired_codes.csv");
        assertThat(retired).hasSize(26);
        for (CSVRecord row : retired) {
            RegionCode code = RegionCode.parse(row.get("code"));
            assertThat(regions.everExisted(code)).as(code.dotted()).isTrue();
            assertThat(regions.isCurrent(code)).as(code.dotted()).isFalse();
            assertThat(regions.find(code)).isEmpty();
            RegionHistory history = regions.history(code).orElseThrow();
            assertThat(history.current()).isFalse();
            assertThat(history.lastSeen()).isEqualTo(Integer.parseInt(row.get("last_seen_list")));
            assertThat(history.latestName()).isEqualTo(row.get("name"));
        }
    }

    /** Banjaranyar split off Banjarsari (32.07.18) in 2018: the villages moved, both districts are current. */
    @Test
    void banjaranyarSplit() {
        RegionCode oldVillage = RegionCode.parse("32.07.18.2002");
        assertThat(regions.everExisted(oldVillage)).isTrue();
        assertThat(regions.isCurrent(oldVillage)).isFalse();
        assertThat(regions.history(oldVillage).orElseThrow().lastSeen()).isEqualTo(2016);
        assertThat(regions.find("32.07.37.2002").orElseThrow().name()).isEqualTo("Banjaranyar");
        assertThat(regions.isCurrent(RegionCode.parse("32.07.18"))).isTrue();
        assertThat(regions.history(RegionCode.parse("32.07.37")).orElseThrow().firstSeen()).isEqualTo(2018);
        assertThat(regions.recodedTo(oldVillage)).as("not a Papua recode").isEmpty();
    }

    @Test
    void papuaRecodes() {
        RegionCode merauke = RegionCode.parse("91.01");
        assertThat(regions.everExisted(merauke)).isTrue();
        assertThat(regions.isCurrent(merauke)).isFalse();
        assertThat(regions.recodedTo(merauke)).contains(RegionCode.parse("93.01"));
        assertThat(regions.recodedTo(RegionCode.parse("92.71"))).contains(RegionCode.parse("96.71"));
        assertThat(regions.recodedTo(RegionCode.parse("93.01"))).as("current").isEmpty();
        assertThat(regions.recodedTo(RegionCode.parse("91.03"))).as("stayed in Papua").isEmpty();
        assertThat(regions.recodedTo(RegionCode.parse("91"))).isEmpty();
        // districts and villages follow by name within the new regency, also when renumbered
        assertThat(regions.recodedTo(RegionCode.parse("91.01.01"))).contains(RegionCode.parse("93.01.01"));
        assertThat(regions.recodedTo(RegionCode.parse("91.02.04"))).contains(RegionCode.parse("95.01.03"));
        assertThat(regions.recodedTo(RegionCode.parse("91.01.01.1014"))).contains(RegionCode.parse("93.01.01.1009"));
        assertThat(regions.recodedTo(RegionCode.parse("91.18.18"))).as("renamed Ayip -> Ayib: no guess").isEmpty();
        assertThat(regions.recodedTo(RegionCode.parse("32.04.10"))).isEmpty();
    }

    @Test
    void currentCodesHaveAHistoryToo() {
        RegionHistory history = regions.history(RegionCode.parse("32.04.10.2001")).orElseThrow();
        assertThat(history.current()).isTrue();
        assertThat(history.lastSeen()).isEqualTo(2025);
        assertThat(regions.everExisted(RegionCode.parse("32.04.10.2001"))).isTrue();
        assertThat(regions.everExisted(RegionCode.parse("32.04.99"))).isFalse();
        assertThat(regions.history(RegionCode.parse("32.04.99"))).isEmpty();
    }

    static List<CSVRecord> read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(RegionsTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
