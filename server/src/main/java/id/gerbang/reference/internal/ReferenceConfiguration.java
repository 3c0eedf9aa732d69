package id.gerbang.reference.internal;

import id.gerbang.reference.CodeLists;
import id.gerbang.reference.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the reference tables once the schema is migrated, then serves {@link Regions} and
 * {@link CodeLists} from memory. Start-up fails when a shipped file is malformed: a gateway that
 * cannot tell a valid region code from an invalid one must not answer.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferenceConfiguration.class);

    @Bean
    @DependsOnDatabaseInitialization
    ReferenceData referenceData(ReferenceDataLoader loader, JdbcTemplate jdbc, ReferenceProperties properties) {
        loader.loadAll(properties.forceReload());
        long start = System.nanoTime();
        ReferenceData data = ReferenceData.read(jdbc);
        log.info("Reference data: {} regions, {} historic codes, {} code lists in memory in {} ms",
                data.regions.size(), data.history.size(), data.codes.size(), (System.nanoTime() - start) / 1_000_000);
        return data;
    }

    @Bean
    Regions regions(ReferenceData data) {
        return new InMemoryRegions(data);
    }

    @Bean
    CodeLists codeLists(ReferenceData data) {
        return new InMemoryCodeLists(data);
    }
}
