package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.reference.RegionCode;
import id.gerbang.registry.NikRegionCheck.DistrictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The edge-case prefixes of {@link NikEdgeCasesTests}, now against the real region lists. */
@IntegrationTest
class NikInspectorTests {

    @Autowired
    NikInspector inspector;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            910101 | RETIRED
            920101 | RETIRED
            930101 | CURRENT
            960171 | UNKNOWN
            967101 | CURRENT
            320718 | CURRENT
            320737 | CURRENT
            320799 | UNKNOWN
            320000 | UNKNOWN
            """)
    void districtStatusFromTheRegionLists(String district, DistrictStatus status) {
        assertThat(inspector.statusOf(district)).isEqualTo(status);
    }

    @Test
    void theEdgeCaseTableHoldsAgainstTheRealLists() {
        for (String prefix : new String[] {"910101", "930101", "320718", "320737", "320799"}) {
            assertThat(inspector.statusOf(prefix)).as(prefix)
                    .isEqualTo(NikEdgeCasesTests.REGIONS.statusOf(prefix));
        }
    }

    @Test
    void niksAndKksWithRegionWarnings() {
        assertThat(inspector.nik("9101014507950003").warnings()).containsExactly(NikWarning.RETIRED_DISTRICT);
        assertThat(inspector.nik("9301014507950003").warnings()).isEmpty();
        assertThat(inspector.nik("3207181203880007").warnings()).isEmpty();
        assertThat(inspector.nik("3207371203880007").warnings()).isEmpty();
        assertThat(inspector.nik("3207991203880007").warnings()).containsExactly(NikWarning.UNKNOWN_DISTRICT);
        assertThat(inspector.nik("3200001203880007").warnings()).containsExactly(NikWarning.UNKNOWN_DISTRICT);
        assertThat(inspector.noKk("9101011503150001").warnings()).containsExactly(NikWarning.RETIRED_DISTRICT);
        assertThat(inspector.noKk("3204101503150001").warnings()).isEmpty();
    }

    @Test
    void theCurrentDistrictOfARecodedPrefix() {
        assertThat(inspector.currentDistrict("910101")).contains(RegionCode.parse("93.01.01"));
        assertThat(inspector.currentDistrict("930101")).contains(RegionCode.parse("93.01.01"));
        assertThat(inspector.currentDistrict("320799")).isEmpty();
        assertThat(inspector.currentDistrict("320000")).isEmpty();
    }
}
