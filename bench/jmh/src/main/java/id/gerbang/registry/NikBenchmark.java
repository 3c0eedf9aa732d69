package id.gerbang.registry;

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
 * The NIK hard rules on the request path ({@link Nik#parse}): a valid NIK, and the two malformed
 * kinds the load generator sends (a month 13 in the birth date, 15 digits), which throw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NikBenchmark {

    @Benchmark
    public Nik parseValid() {
        return Nik.parse("3204104501900003");
    }

    @Benchmark
    public boolean isValidMonth13() {
        return Nik.isValid("3204104513900003");
    }

    @Benchmark
    public Object parseMonth13() {
        try {
            return Nik.parse("3204104513900003");
        } catch (InvalidNikException e) {
            return e;
        }
    }

    @Benchmark
    public Object parse15Digits() {
        try {
            return Nik.parse("320410450190000");
        } catch (InvalidNikException e) {
            return e;
        }
    }
}
