package id.gerbang.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loading is idempotent: the application context already loaded the tables at start-up, so every
 * further run with the same files changes nothing; a changed file (simulated by a stale checksum)
 * reloads its dataset, and only that one, to the same contents.
 */
@IntegrationTest
class ReferenceDataLoaderTests {

    static final Map<String, Integer> ROWS = Map.of(
            "ref_region", 91_599,
            "ref_region_history", 99_133,
            "ref_region_recode", 26);

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theShippedFilesAreLoadedCompletely() {
        ROWS.forEach((table, rows) -> assertThat(count(table)).as(table).isEqualTo(rows));
        assertThat(jdbc.queryForObject("select count(*) from ref_region where region_level = 'VILLAGE'", Integer.class))
                .isEqualTo(83_762);
        assertThat(jdbc.queryForObject("select count(*) from ref_region_history where not in_current", Integer.class))
                .isEqualTo(7_534);
        assertThat(jdbc.queryForObject("select count(*) from ref_code where list_name = 'OCCUPATION'", Integer.class))
                .isEqualTo(89);
        assertThat(jdbc.queryForObject(
                "select code from ref_code_alias where list_name = 'MARITAL_STATUS' and alias = 'KAWIN TERCATAT'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select parent_code from ref_region where code = '3204102001'", String.class))
                .isEqualTo("320410");
        Map<String, Integer> datasets = jdbc.queryForList("select name, row_count from ref_dataset").stream()
                .collect(Collectors.toMap(r -> (String) r.get("name"), r -> ((Number) r.get("row_count")).intValue()));
        assertThat(datasets).containsEntry("regions", 91_599).containsEntry("region-history", 99_133)
                .containsEntry("region-recodes", 26).containsKey("code-lists");
    }

    @Test
    void aSecondRunWithTheSameFilesDoesNothing() {
        Map<String, Integer> before = counts();
        List<ReferenceDataLoader.Outcome> outcomes = loader.loadAll(false);
        assertThat(outcomes).hasSize(4).noneMatch(ReferenceDataLoader.Outcome::loaded);
        assertThat(loader.loadAll(false)).noneMatch(ReferenceDataLoader.Outcome::loaded);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aChangedFileReloadsItsDatasetOnly() {
        Map<String, Integer> before = counts();
        jdbc.update("update ref_dataset set checksum = 'stale' where name in ('region-recodes', 'code-lists')");
        List<ReferenceDataLoader.Outcome> outcomes = loader.loadAll(false);
        assertThat(outcomes).filteredOn(ReferenceDataLoader.Outcome::loaded)
                .extracting(ReferenceDataLoader.Outcome::dataset)
                .containsExactlyInAnyOrder("region-recodes", "code-lists");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select checksum from ref_dataset where name = 'region-recodes'", String.class))
                .hasSize(64).isNotEqualTo("stale");
        assertThat(loader.loadAll(false)).noneMatch(ReferenceDataLoader.Outcome::loaded);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "ref_region", count("ref_region"),
                "ref_region_history", count("ref_region_history"),
                "ref_region_recode", count("ref_region_recode"),
                "ref_code", count("ref_code"),
                "ref_code_alias", count("ref_code_alias"));
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? -1 : n;
    }
}
