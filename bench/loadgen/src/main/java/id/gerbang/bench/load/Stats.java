package id.gerbang.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one load thread saw during the measurement window: latencies (microseconds), outcome codes,
 * and the answers that were not the expected ones. Merged by the main thread at the end; never
 * shared while the load runs.
 */
final class Stats {

    static final long HIGHEST_MICROS = 120_000_000L;

    final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
    final Map<Workload.Kind, Histogram> byKind = new EnumMap<>(Workload.Kind.class);
    final Map<String, Long> outcomes = new TreeMap<>();
    /** expected -> actual, for answers that differed from what the request must get. */
    final Map<String, Long> unexpected = new TreeMap<>();
    long transportErrors;
    long measured;
    /** Per second of the measurement window (by completion time): answers, slowest, and answers over 10 ms. */
    final long[] perSecondCount;
    final long[] perSecondMaxMicros;
    final long[] perSecondOver10ms;

    Stats(int seconds) {
        perSecondCount = new long[seconds + 1];
        perSecondMaxMicros = new long[seconds + 1];
        perSecondOver10ms = new long[seconds + 1];
    }

    void second(int second, long micros) {
        int i = Math.min(Math.max(second, 0), perSecondCount.length - 1);
        perSecondCount[i]++;
        perSecondMaxMicros[i] = Math.max(perSecondMaxMicros[i], micros);
        if (micros > 10_000) {
            perSecondOver10ms[i]++;
        }
    }

    void record(Workload.Prepared request, String outcome, long micros) {
        long v = Math.min(Math.max(micros, 1), HIGHEST_MICROS);
        latency.recordValue(v);
        byKind.computeIfAbsent(request.kind(), k -> new Histogram(HIGHEST_MICROS, 3)).recordValue(v);
        outcomes.merge(outcome, 1L, Long::sum);
        if (!outcome.equals(request.expected())) {
            unexpected.merge(request.kind() + " expected " + request.expected() + " got " + outcome, 1L, Long::sum);
        }
        measured++;
    }

    void transportError(Workload.Prepared request, long micros) {
        transportErrors++;
        unexpected.merge(request.kind() + " transport error", 1L, Long::sum);
    }

    void add(Stats other) {
        latency.add(other.latency);
        other.byKind.forEach((k, h) -> byKind.computeIfAbsent(k, x -> new Histogram(HIGHEST_MICROS, 3)).add(h));
        other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        other.unexpected.forEach((k, v) -> unexpected.merge(k, v, Long::sum));
        transportErrors += other.transportErrors;
        measured += other.measured;
        for (int i = 0; i < perSecondCount.length && i < other.perSecondCount.length; i++) {
            perSecondCount[i] += other.perSecondCount[i];
            perSecondMaxMicros[i] = Math.max(perSecondMaxMicros[i], other.perSecondMaxMicros[i]);
            perSecondOver10ms[i] += other.perSecondOver10ms[i];
        }
    }

    long errors() {
        return unexpected.values().stream().mapToLong(Long::longValue).sum();
    }
}
