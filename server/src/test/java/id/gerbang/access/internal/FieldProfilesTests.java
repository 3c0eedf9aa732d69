package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldProfilesTests {

    @Test
    void builtInProfiles() {
        FieldProfiles profiles = new FieldProfiles(Map.of());
        assertThat(profiles.find("standard")).get().asList().hasSize(36);
        assertThat(profiles.find("ADM_DESA")).get().asList().hasSize(33);
        assertThat(profiles.find("dinkes")).get().asList().hasSize(23);
        assertThat(profiles.find("alternate")).get().asList().hasSize(29);
        assertThat(profiles.find("default")).get().asList().containsExactlyInAnyOrder(PersonField.values());
        assertThat(profiles.find("nope")).isEmpty();
    }

    @Test
    void projectionKeepsTheProfilesOrderAndOnlyGrantedFields() {
        FieldProfiles profiles = new FieldProfiles(Map.of("ringkas", List.of("nama_lgkp", "NIK", "TGL_LHR")));
        assertThat(profiles.project("ringkas", EnumSet.of(PersonField.NIK, PersonField.NAMA_LGKP, PersonField.ALAMAT)))
                .containsExactly(PersonField.NAMA_LGKP, PersonField.NIK);
    }

    @Test
    void anUnknownProfileFallsBackToStandardStillOnlyGranted() {
        FieldProfiles profiles = new FieldProfiles(Map.of());
        assertThat(profiles.project("hilang", EnumSet.of(PersonField.NAMA_LGKP, PersonField.NIK)))
                .containsExactly(PersonField.NIK, PersonField.NAMA_LGKP);
    }

    @Test
    void aConfiguredProfileReplacesTheBuiltIn() {
        FieldProfiles profiles = new FieldProfiles(Map.of("dinkes", List.of("NIK")));
        assertThat(profiles.find("dinkes")).get().asList().containsExactly(PersonField.NIK);
    }

    @Test
    void misconfiguredProfilesFailAtStartUp() {
        assertThatThrownBy(() -> new FieldProfiles(Map.of("x", List.of("NIK", "SHOE_SIZE"))))
                .hasMessageContaining("SHOE_SIZE");
        assertThatThrownBy(() -> new FieldProfiles(Map.of("x", List.of("NIK", "nik"))))
                .hasMessageContaining("twice");
    }

    @Test
    void formatsForAnUnknownProfileFailAtStartUp() {
        assertThatThrownBy(() -> new FieldProfiles(Map.of(), Map.of("hilang", new FieldProfiles.Format(true, null)), false))
                .hasMessageContaining("hilang");
    }

    @Test
    void datesAreWrittenInTheProfilesStyle() {
        assertThat(DateStyle.ISO.format(java.time.LocalDate.of(1985, 5, 15))).isEqualTo("1985-05-15");
        assertThat(DateStyle.DOTTED.format(java.time.LocalDate.of(1985, 5, 15))).isEqualTo("15.05.1985");
        assertThat(DateStyle.DOTTED.format(java.time.LocalDate.of(2001, 12, 1))).isEqualTo("01.12.2001");
    }

    @Test
    void outcomeTextsRejectUnknownOutcomes() {
        assertThatThrownBy(() -> new OutcomeTexts(Map.of("NOT_AN_OUTCOME", "x"))).hasMessageContaining("NOT_AN_OUTCOME");
        assertThatThrownBy(() -> new OutcomeTexts(Map.of("FOUND", "x"))).hasMessageContaining("FOUND");
    }
}
