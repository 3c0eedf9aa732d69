package id.gerbang.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * Reading a compatible request ({@link CompatibleRequestParser}): the body of a {@code CALL_NIK} as
 * most clients send it, the same with upper-case keys and a number NIK, a verification with its
 * elements, and the query-string form with an empty body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestParsingBenchmark {

    static final byte[] LOOKUP = ("{\"nik\":\"3204104501900003\",\"user_id\":\"bench.svc01\","
            + "\"password\":\"Bx-Qm3vT8kLp2ZrW9nYc-9q\",\"ip_user\":\"10.20.30.40\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] LOOKUP_UPPER = ("{\"NIK\":3204104501900003,\"USER_ID\":\"bench.svc01\","
            + "\"PASSWORD\":\"Bx-Qm3vT8kLp2ZrW9nYc-9q\",\"IP_USER\":\"10.20.30.40\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] VERIFY = ("{\"NIK\":\"3204104501900003\",\"NAMA_LGKP\":\"Ratna Kusuma Wijayanti\","
            + "\"TGL_LHR\":\"05-01-1990\",\"TMPT_LHR\":\"Bandung\",\"JENIS_KLMIN\":\"Perempuan\","
            + "\"user_id\":\"bench.svc01\",\"password\":\"Bx-Qm3vT8kLp2ZrW9nYc-9q\",\"ip_user\":\"10.20.30.40\","
            + "\"TRESHOLD\":\"80\"}").getBytes(StandardCharsets.UTF_8);
    static final Map<String, String[]> QUERY = Map.of("USER_ID", new String[] {"bench.svc01"},
            "PASSWORD", new String[] {"Bx-Qm3vT8kLp2ZrW9nYc-9q"}, "NIK", new String[] {"3204104501900003"});

    @Benchmark
    public CompatibleRequest lookup() {
        return CompatibleRequestParser.parse(LOOKUP, Map.of());
    }

    @Benchmark
    public CompatibleRequest lookupUpperCaseNumberNik() {
        return CompatibleRequestParser.parse(LOOKUP_UPPER, Map.of());
    }

    @Benchmark
    public CompatibleRequest verification() {
        return CompatibleRequestParser.parse(VERIFY, Map.of());
    }

    @Benchmark
    public CompatibleRequest queryString() {
        return CompatibleRequestParser.parse(new byte[0], QUERY);
    }
}
