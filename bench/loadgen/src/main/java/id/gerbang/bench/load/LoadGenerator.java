package id.gerbang.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * HTTP load generator for {@code bench/run.sh}: sends prepared Gerbang requests over keep-alive
 * connections and measures what comes back.
 *
 * <ul>
 * <li><b>closed model</b> ({@code --rate=0}): each of {@code --connections} connections sends its
 *     next request as soon as the previous answer arrived; the throughput is the peak the server
 *     sustains at that concurrency;</li>
 * <li><b>open model</b> ({@code --rate=R}): requests are due at a constant rate R whatever the
 *     server does; the latency of a request is measured from the time it was <em>due</em>, not from
 *     when a free connection sent it, so a stalled server shows up in the percentiles
 *     (no coordinated omission, as in wrk2).</li>
 * </ul>
 *
 * The connections are driven by {@code --io-threads} (2) {@link EventLoop}s on non-blocking
 * sockets, so that the generator takes little of the CPU it shares with the server.
 *
 * Every run is bounded by {@code --warmup} + {@code --duration} seconds and by
 * {@code --max-requests}. Only the window after the warm-up is measured; every request sent
 * (warm-up included) is counted in {@code sent}, which the harness compares with the access log.
 * Each answer is classified by its outcome code and compared with the code its request must get.
 */
public final class LoadGenerator {

    private final Options options;
    private final InetSocketAddress address;
    private final String host;
    private final int timeoutMillis;

    private LoadGenerator(Options options) {
        this.options = options;
        URI target = URI.create(options.required("target"));
        if (!"127.0.0.1".equals(target.getHost()) && !"localhost".equals(target.getHost())) {
            throw new IllegalArgumentException("the benchmark sends traffic to 127.0.0.1 only, not " + target.getHost());
        }
        this.address = new InetSocketAddress("127.0.0.1", target.getPort());
        this.host = "127.0.0.1:" + target.getPort();
        this.timeoutMillis = (int) options.number("timeout-ms", 10_000);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new LoadGenerator(options).run();
    }

    private void run() throws Exception {
        Workload workload = Workload.load(Path.of(options.required("accounts")), Path.of(options.required("niks")),
                Path.of(options.required("unknown")));
        Map<Workload.Kind, Integer> mix = Workload.mix(options.text("mix", "CALL_NIK:100"));
        Map<String, String> tokens = mix.containsKey(Workload.Kind.V1_LOOKUP) || mix.containsKey(Workload.Kind.V1_VERIFY)
                ? tokens(workload.accounts()) : Map.of();
        long seed = options.number("seed", 42);
        Workload.Prepared[] pool = workload.prepare((int) options.number("pool", 65_536), mix,
                options.decimal("unknown-share", 0.05), options.decimal("malformed-share", 0.02), host, tokens, seed);

        int connections = (int) options.number("connections", 16);
        double rate = options.decimal("rate", 0);
        long warmupNanos = TimeUnit.SECONDS.toNanos(options.number("warmup", 10));
        long durationNanos = TimeUnit.SECONDS.toNanos(options.number("duration", 30));
        long maxRequests = options.number("max-requests", 5_000_000);
        long serverPid = options.number("server-pid", 0);
        double clkTck = options.decimal("clk-tck", 100);
        String label = options.text("label", rate > 0 ? "open" : "closed");

        Stats[] perThread = new Stats[connections];
        Thread[] threads = new Thread[connections];
        long[] connects = new long[connections];
        long start = System.nanoTime();
        long planned = rate > 0 ? Math.min(maxRequests, (long) (rate * (warmupNanos + durationNanos) / 1e9)) : maxRequests;
        int windowSeconds = (int) (durationNanos / 1_000_000_000L);
        // the connections are driven by a few event loops on non-blocking sockets (EventLoop)
        int loops = (int) Math.max(1, Math.min(connections, options.number("io-threads", 2)));
        EventLoop.Run shared = new EventLoop.Run(planned, start, rate);
        for (int t = 0; t < loops; t++) {
            int share = connections / loops + (t < connections % loops ? 1 : 0);
            perThread[t] = new Stats(windowSeconds);
            EventLoop loop = new EventLoop(shared, address, timeoutMillis, share, pool,
                    new SplittableRandom(seed * 31 + t), perThread[t]);
            int index = t;
            threads[t] = Thread.ofPlatform().name("load-loop-" + t).daemon(true).start(() -> {
                loop.run();
                connects[index] = loop.connects();
            });
        }
        System.err.printf(Locale.ROOT, "loadgen %s: %s, %d connections, %s, warm-up %d s, measured %d s%n", label,
                rate > 0 ? "open model at " + (long) rate + " requests/s" : "closed model", connections,
                options.text("mix", "CALL_NIK:100"), warmupNanos / 1_000_000_000L, durationNanos / 1_000_000_000L);

        sleepUntil(start + warmupNanos);
        CpuSample before = CpuSample.take(serverPid, clkTck);
        long sentAtStart = shared.sent.get();
        shared.measureStart = before.nanos();
        sleepUntil(shared.measureStart + durationNanos);
        shared.measureEnd = System.nanoTime();
        CpuSample after = CpuSample.take(serverPid, clkTck);
        shared.stop = true;
        for (Thread t : threads) {
            if (t != null) {
                t.join(timeoutMillis + 5_000L);
            }
        }
        Stats total = new Stats(windowSeconds);
        for (Stats s : perThread) {
            if (s != null) {
                total.add(s);
            }
        }
        long totalConnects = 0;
        for (long c : connects) {
            totalConnects += c;
        }
        double seconds = (shared.measureEnd - shared.measureStart) / 1e9;
        String json = json(label, rate, connections, mix, warmupNanos, durationNanos, maxRequests, seconds, total,
                before, after, shared, shared.sent.get() - sentAtStart, totalConnects, tokens.size());
        Path out = Path.of(options.text("out", "loadgen-" + label + ".json"));
        Files.writeString(out, json, StandardCharsets.UTF_8);
        Path hgrm = Path.of(out.toString().replaceFirst("\\.json$", "") + ".hgrm");
        try (PrintStream ps = new PrintStream(Files.newOutputStream(hgrm), true, StandardCharsets.UTF_8)) {
            total.latency.outputPercentileDistribution(ps, 1000.0);
        }
        System.err.printf(Locale.ROOT, "loadgen %s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors, %d sent%n",
                label, total.measured / seconds, ms(total.latency, 50), ms(total.latency, 99),
                total.latency.getMaxValue() / 1000.0, total.errors(), shared.sent.get());
        System.out.println(json);
    }

    /** A v1 bearer token per account (not counted in the load: the token endpoint is not a data call). */
    private Map<String, String> tokens(List<Workload.Account> accounts) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        try (HttpConnection connection = new HttpConnection(address, timeoutMillis)) {
            for (Workload.Account a : accounts) {
                byte[] request = Workload.request("/api/v1/token", host, null,
                        "{\"userId\":" + Workload.quote(a.userId()) + ",\"password\":" + Workload.quote(a.password()) + "}");
                HttpConnection.Response r = connection.exchange(request);
                String body = r.bodyText();
                int at = body.indexOf("\"access_token\"");
                if (r.status() != 200 || at < 0) {
                    throw new IOException("no token for " + a.userId() + ": HTTP " + r.status());
                }
                int open = body.indexOf('"', body.indexOf(':', at) + 1);
                tokens.put(a.userId(), body.substring(open + 1, body.indexOf('"', open + 1)));
            }
        }
        return tokens;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long now;
        while ((now = System.nanoTime()) < deadline) {
            TimeUnit.NANOSECONDS.sleep(Math.min(deadline - now, 200_000_000L));
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private String json(String label, double rate, int connections, Map<Workload.Kind, Integer> mix, long warmupNanos,
            long durationNanos, long maxRequests, double seconds, Stats total, CpuSample before, CpuSample after,
            EventLoop.Run shared, long sentMeasured, long connects, int tokenRequests) {
        Json j = new Json();
        j.open();
        j.field("label", label);
        j.field("model", rate > 0 ? "open" : "closed");
        j.field("connections", connections);
        j.field("targetRate", rate);
        j.field("mix", mix.toString());
        j.field("unknownShare", options.decimal("unknown-share", 0.05));
        j.field("malformedShare", options.decimal("malformed-share", 0.02));
        j.field("warmupSeconds", warmupNanos / 1e9);
        j.field("durationSeconds", durationNanos / 1e9);
        j.field("maxRequests", maxRequests);
        j.field("sent", shared.sent.get());
        j.field("answered", shared.answered.get());
        j.field("sentInWindow", sentMeasured);
        j.field("connects", connects);
        j.field("tokenRequests", tokenRequests);
        j.field("measuredSeconds", seconds);
        j.field("requests", total.measured);
        j.field("requestsPerSecond", total.measured / seconds);
        j.field("errors", total.errors());
        j.field("transportErrors", total.transportErrors);
        j.name("latencyMs");
        latency(j, total.latency);
        j.name("byKind").open();
        total.byKind.forEach((k, h) -> {
            j.name(k.name());
            latency(j, h);
        });
        j.close();
        j.name("outcomes").open();
        total.outcomes.forEach(j::field);
        j.close();
        j.name("unexpected").open();
        total.unexpected.forEach(j::field);
        j.close();
        if (rate > 0) {
            j.field("maxLagMs", shared.maxLateNanos.get() / 1e6);
        }
        j.name("perSecond").open();
        j.field("requests", join(total.perSecondCount, 1));
        j.field("maxMs", join(total.perSecondMaxMicros, 1000));
        j.field("over10ms", join(total.perSecondOver10ms, 1));
        j.close();
        double serverCpu = after.serverSeconds() - before.serverSeconds();
        double generatorCpu = after.generatorSeconds() - before.generatorSeconds();
        double postgresCpu = after.postgresSeconds() - before.postgresSeconds();
        double machineBusy = after.machineBusySeconds() - before.machineBusySeconds();
        double per1000 = total.measured / 1000.0;
        j.name("cpu").open();
        j.field("serverSeconds", serverCpu);
        j.field("serverSecondsPer1000", serverCpu / per1000);
        j.field("postgresSeconds", postgresCpu);
        j.field("postgresSecondsPer1000", postgresCpu / per1000);
        j.field("generatorSeconds", generatorCpu);
        j.field("generatorSecondsPer1000", generatorCpu / per1000);
        j.field("machineBusyCores", machineBusy / seconds);
        j.field("serverCores", serverCpu / seconds);
        j.field("postgresCores", postgresCpu / seconds);
        j.field("generatorCores", generatorCpu / seconds);
        j.close();
        j.close();
        return j.toString();
    }

    /** Values divided by {@code divisor}, comma-separated (one per second of the window). */
    private static String join(long[] values, long divisor) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length - 1; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i] / divisor);
        }
        return sb.toString();
    }

    private static void latency(Json j, Histogram h) {
        j.open();
        j.field("count", h.getTotalCount());
        j.field("p50", ms(h, 50));
        j.field("p90", ms(h, 90));
        j.field("p99", ms(h, 99));
        j.field("p999", ms(h, 99.9));
        j.field("max", h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1000.0);
        j.field("mean", h.getTotalCount() == 0 ? Double.NaN : h.getMean() / 1000.0);
        j.close();
    }

    /** Just enough JSON writing for the result file. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder(2048);
        private boolean first = true;

        Json open() {
            sb.append('{');
            first = true;
            return this;
        }

        Json close() {
            sb.append('}');
            first = false;
            return this;
        }

        Json name(String name) {
            if (!first) {
                sb.append(',');
            }
            sb.append(Workload.quote(name)).append(':');
            first = true;
            return this;
        }

        void field(String name, String value) {
            name(name);
            sb.append(Workload.quote(value));
            first = false;
        }

        void field(String name, long value) {
            name(name);
            sb.append(value);
            first = false;
        }

        void field(String name, double value) {
            name(name);
            sb.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "null");
            first = false;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
