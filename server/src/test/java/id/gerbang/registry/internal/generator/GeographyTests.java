package id.gerbang.registry.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.Regions;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NikInspector;
import id.gerbang.registry.NikWarning;
import id.gerbang.registry.internal.FamilyRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The generator on the real region lists. */
@IntegrationTest
class GeographyTests {

    @Autowired
    Regions regions;

    @Autowired
    NikInspector inspector;

    @Test
    void westJavaHasItsDistrictsAndVillagesAndNoRetiredDistrict() {
        Geography westJava = Geography.of(regions, RegionCode.parse("32"));
        assertThat(westJava.districts()).hasSize(627);
        assertThat(westJava.villages()).hasSize(5_957);
        assertThat(westJava.retiredPrefixes()).isEmpty();
        assertThat(westJava.districts()).extracting(Geography.District::place)
                .contains("BANDUNG", "BANDUNG BARAT", "CIMAHI", "BOGOR", "PANGANDARAN");
    }

    @Test
    void papuaKeepsTheDistrictCodesRetiredByThe2022Split() {
        Geography papua = Geography.of(regions, RegionCode.parse("91"));
        assertThat(papua.retiredPrefixes()).isNotEmpty().allSatisfy(prefix -> {
            RegionCode code = RegionCode.parse(String.valueOf(prefix));
            assertThat(regions.isCurrent(code)).isFalse();
            assertThat(regions.everExisted(code)).isTrue();
        });
    }

    @Test
    void aWestJavaPopulationLivesInCurrentVillagesWithCurrentNikDistricts() {
        Geography westJava = Geography.of(regions, RegionCode.parse("32"));
        CollectingSink sink = CollectingSink.generate(
                new GeneratorSettings(3_000, 2020, LocalDate.of(2026, 1, 1), 0.01, 0.003, 0.005, 0.002), westJava);
        for (FamilyRow family : sink.families) {
            RegionCode village = RegionCode.ofNumbers(family.provinceNo(), family.regencyNo(), family.districtNo(), family.villageNo());
            assertThat(regions.isCurrent(village)).as("village %s", village).isTrue();
            assertThat(inspector.noKk(String.valueOf(family.noKk())).warnings()).isEmpty();
        }
        assertThat(sink.residents).allSatisfy(r -> {
            Nik nik = inspector.nik(String.valueOf(r.nik()));
            assertThat(nik.warnings()).doesNotContain(NikWarning.UNKNOWN_DISTRICT, NikWarning.RETIRED_DISTRICT);
        });
        PopulationGeneratorTests.Invariants.check(sink, LocalDate.of(2026, 1, 1));
    }

    @Test
    void aPapuaPopulationRarelyCarriesARetiredDistrict() {
        Geography papua = Geography.of(regions, RegionCode.parse("91"));
        CollectingSink sink = CollectingSink.generate(
                new GeneratorSettings(5_000, 7, LocalDate.of(2026, 1, 1), 0.01, 0.003, 0.005, 0.002), papua);
        long retired = sink.residents.stream()
                .filter(r -> inspector.nik(String.valueOf(r.nik())).warnings().contains(NikWarning.RETIRED_DISTRICT)).count();
        assertThat(retired).isBetween(5L, 150L);
    }
}
