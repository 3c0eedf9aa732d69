package id.gerbang.registry.internal.generator;

import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionLevel;
import id.gerbang.reference.Regions;
import id.gerbang.registry.internal.BulkLoading;
import id.gerbang.registry.internal.FamilyRow;
import id.gerbang.registry.internal.PopulationSink;
import id.gerbang.registry.internal.ProgressListener;
import id.gerbang.registry.internal.RegistryProperties;
import id.gerbang.registry.internal.ResidentBulkWriter;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import id.gerbang.registry.internal.ResidentRow;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates a synthetic population into the register: the {@code generate} command, the demo
 * population of the first start, and the generate/load benchmark. An empty register is loaded with
 * plain inserts (fastest); a register that holds residents already gets upserts by NIK, so running
 * the same generation twice changes nothing.
 */
@Component
public class PopulationGeneration {

    /**
     * @param residents    residents written
     * @param families     families written
     * @param mode         INSERT into an empty register, UPSERT otherwise
     * @param provinceName the province's name from the region list
     * @param elapsedNanos wall time of generating and loading
     */
    public record Result(long residents, long families, WriteMode mode, String provinceName, long elapsedNanos) {
    }

    private final Regions regions;
    private final BulkLoading loading;
    private final JdbcClient jdbc;
    private final RegistryProperties properties;

    PopulationGeneration(Regions regions, BulkLoading loading, JdbcClient jdbc, RegistryProperties properties) {
        this.regions = regions;
        this.loading = loading;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The province as a region of the current list, if it is one. */
    public @Nullable Region province(RegionCode code) {
        return regions.find(code).filter(r -> r.code().level() == RegionLevel.PROVINCE).orElse(null);
    }

    /**
     * @param asOf the population's reference day; null for the configured one
     *             ({@code gerbang.registry.generator.as-of})
     * @throws IllegalArgumentException for a code that is not a current province
     */
    public Result generate(long count, RegionCode provinceCode, long seed, @Nullable LocalDate asOf, ProgressListener progress) {
        long started = System.nanoTime();
        Region province = province(provinceCode);
        if (province == null) {
            throw new IllegalArgumentException("not a current province: " + provinceCode);
        }
        RegistryProperties.Generator defaults = properties.generator();
        GeneratorSettings settings = new GeneratorSettings(count, seed, asOf != null ? asOf : defaults.asOf(),
                defaults.deceasedShare(), defaults.duplicateShare(), defaults.inactiveShare(), defaults.movedAbroadShare());
        Geography geography = Geography.of(regions, province.code());
        WriteMode mode = isEmpty() ? WriteMode.INSERT : WriteMode.UPSERT;
        long families;
        try (ResidentBulkWriter writer = loading.open(mode)) {
            Counting sink = new Counting(writer, progress);
            families = new PopulationGenerator(settings, geography).generate(sink);
            writer.finish();
            progress.update(sink.residents, sink.residents);
            return new Result(sink.residents, families, mode, province.name(), System.nanoTime() - started);
        }
    }

    public boolean isEmpty() {
        return jdbc.sql("select 1 from resident fetch first 1 rows only").query(Integer.class).optional().isEmpty();
    }

    /** Passes rows on and reports progress. */
    private static final class Counting implements PopulationSink {
        private final PopulationSink target;
        private final ProgressListener progress;
        long residents;

        Counting(PopulationSink target, ProgressListener progress) {
            this.target = target;
            this.progress = progress;
        }

        @Override
        public void family(FamilyRow family) {
            target.family(family);
        }

        @Override
        public void resident(ResidentRow resident) {
            target.resident(resident);
            progress.update(++residents, residents);
        }
    }
}
