package id.gerbang.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The credential check of every compatible call once the pair is cached (ADR 0042): HMAC-SHA256 of
 * user id and password, then a map read. The password hash itself (Argon2) is never on this path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CredentialCacheBenchmark {

    private CredentialCache<String> cache;

    @Setup
    public void setUp() {
        cache = new CredentialCache<>(Clock.systemUTC(), Duration.ofMinutes(10));
        cache.get("bench.svc01", "Bx-Qm3vT8kLp2ZrW9nYc-9q", () -> "account");
    }

    @Benchmark
    public String cachedPair() {
        return cache.get("bench.svc01", "Bx-Qm3vT8kLp2ZrW9nYc-9q", () -> {
            throw new IllegalStateException("not cached");
        });
    }
}
