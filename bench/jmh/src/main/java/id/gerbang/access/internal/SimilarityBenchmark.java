package id.gerbang.access.internal;

import id.gerbang.access.internal.TextNormaliser.Kind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 0-100 name similarity of verification by elements ({@link Similarity}, ADR 0040), for the
 * cases a verification meets: the same name, the same name typed differently (case, titles,
 * spelling variants, word order, an initial), and a different person. Made-up names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimilarityBenchmark {

    static final String STORED = "RATNA KUSUMA WIJAYANTI";

    @Benchmark
    public int identical() {
        return Similarity.score(Kind.NAME, STORED, "RATNA KUSUMA WIJAYANTI");
    }

    @Benchmark
    public int titlesCaseAndSpelling() {
        return Similarity.score(Kind.NAME, "HJ. SOEKARTINI DJOEWITA, S.KOM", "Sukartini Juwita");
    }

    @Benchmark
    public int wordOrderAndInitial() {
        return Similarity.score(Kind.NAME, STORED, "Wijayanti, Ratna K.");
    }

    @Benchmark
    public int differentPerson() {
        return Similarity.score(Kind.NAME, STORED, "BAMBANG HERU SETIAWAN");
    }

    @Benchmark
    public int place() {
        return Similarity.score(Kind.PLACE, "KABUPATEN BANDUNG BARAT", "Kab. Bandung Barat");
    }
}
