package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** SIAK's regency and city names, derived by rule, on every regency and city of the current list. */
class SiakNamesTests {

    record KabKota(String code, String name) {
    }

    static List<KabKota> allRegenciesAndCities() throws IOException {
        List<KabKota> out = new ArrayList<>();
        try (Reader in = new InputStreamReader(SiakNamesTests.class.getResourceAsStream(
                "/reference/wilayah_kepmendagri_2025_all.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("level").equals("kabkota")) {
                    out.add(new KabKota(r.get("code"), r.get("name")));
                }
            }
        }
        return out;
    }

    @Test
    void theCapturedNames() {
        assertThat(SiakNames.regency("Kabupaten Bogor")).isEqualTo("BOGOR");
        assertThat(SiakNames.regency("Kabupaten Sanggau")).isEqualTo("SANGGAU");
        assertThat(SiakNames.regency("Kota Bandung")).isEqualTo("KOTA BANDUNG");
        assertThat(SiakNames.regency("Kota Administrasi Jakarta Timur")).isEqualTo("KOTA ADM. JAKARTA TIMUR");
        assertThat(SiakNames.regency("Kabupaten Administrasi Kepulauan Seribu")).isEqualTo("KEPULAUAN SERIBU");
    }

    @Test
    void everyRegencyAndCityOfIndonesia() throws IOException {
        List<KabKota> all = allRegenciesAndCities();
        assertThat(all).hasSize(514);
        Map<String, Set<String>> perProvince = new HashMap<>();
        for (KabKota k : all) {
            String siak = SiakNames.regency(k.name());
            int number = Integer.parseInt(k.code().substring(3));
            assertThat(siak).as(k.toString()).isNotBlank().isUpperCase().doesNotContain("KABUPATEN")
                    .doesNotContain("ADMINISTRASI").doesNotStartWith(" ");
            // codes 01-69 are regencies (bare names), 71-99 cities (with KOTA)
            if (number >= 71) {
                assertThat(siak).as(k.toString()).startsWith("KOTA ");
            } else {
                assertThat(siak).as(k.toString()).doesNotStartWith("KOTA ");
            }
            assertThat(siak.startsWith("KOTA ADM. ")).as(k.toString()).isEqualTo(k.code().startsWith("31.7"));
            // a client verifying KAB_NAME with either spelling gets the same verdict
            assertThat(TextNormaliser.regionKey(siak)).as(k.toString()).isEqualTo(TextNormaliser.regionKey(k.name()));
            assertThat(perProvince.computeIfAbsent(k.code().substring(0, 2), p -> new HashSet<>()).add(siak))
                    .as("unique within its province: " + k).isTrue();
        }
    }
}
