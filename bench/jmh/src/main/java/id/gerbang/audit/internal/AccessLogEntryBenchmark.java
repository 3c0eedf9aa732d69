package id.gerbang.audit.internal;

import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import java.time.Instant;
import java.util.List;
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
 * The CPU part of one access-log entry: building the entry and its row, the canonical body
 * (on the caller's thread, {@code AccessLogWriter.enqueue}) and the chain hash (on the writer
 * thread, one SHA-256 per entry, serial by nature). The database part is measured by the harness.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessLogEntryBenchmark {

    static final List<String> ELEMENTS = List.of("NO_KK", "NIK", "NAMA_LGKP", "JENIS_KLMIN", "TMPT_LHR", "TGL_LHR",
            "STATUS_KAWIN", "JENIS_PKRJN", "ALAMAT", "NO_RT", "NO_RW", "NO_PROP", "PROP_NAME", "NO_KAB", "KAB_NAME",
            "NO_KEC", "KEC_NAME", "NO_KEL", "KEL_NAME");

    private byte[] previous = ChainCodec.genesis();
    private long seq;

    @Benchmark
    public byte[] entryRowAndBody() {
        AccessLogEntry entry = AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP,
                        AccessOutcome.FOUND)
                .requestId("01a21b1f-1b1e-76c6-8cdf-28e11643b5b5").agencyId(7L).agreementId(70L).userId("bench.svc01")
                .sourceIp("127.0.0.1").claimedIp("127.0.0.1").nik("3204104501900003").elements(ELEMENTS)
                .latencyMicros(850L).build();
        return ChainCodec.accessBody(AccessRows.of(entry, Instant.now()));
    }

    @Benchmark
    public byte[] bodyAndChainHash() {
        byte[] body = entryRowAndBody();
        previous = ChainCodec.hash(previous, ChainCodec.ACCESS, ++seq, body);
        return previous;
    }
}
