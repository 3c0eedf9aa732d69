package id.gerbang.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording ({@code jdk.ExecutionSample}) of the server under
 * load, as Markdown: where the Java threads spend their CPU by component (the first frame from the
 * top that belongs to a known component, so time in a library called by Gerbang counts for the
 * library), the hottest methods by self time, and the Gerbang methods by inclusive time (the share
 * of samples whose stack holds the method).
 *
 * <p>Usage: {@code java -cp gerbang-loadgen.jar id.gerbang.bench.load.JfrSummary recording.jfr}
 */
public final class JfrSummary {

    /** Components, tried in this order against a frame's class name. */
    private static final List<Map.Entry<String, String[]>> COMPONENTS = List.of(
            Map.entry("PostgreSQL JDBC driver", new String[] {"org.postgresql."}),
            Map.entry("HikariCP pool", new String[] {"com.zaxxer.hikari."}),
            Map.entry("password hashing (Argon2, bcrypt)", new String[] {"org.bouncycastle.",
                    "org.springframework.security.crypto."}),
            Map.entry("SHA-256 / HMAC (chain hash, credential cache)", new String[] {"sun.security.provider.SHA",
                    "sun.security.provider.DigestBase", "com.sun.crypto.provider.HmacCore", "java.security.MessageDigest",
                    "javax.crypto.Mac"}),
            Map.entry("Jackson (JSON)", new String[] {"tools.jackson.", "com.fasterxml.jackson."}),
            Map.entry("Spring Security filters", new String[] {"org.springframework.security."}),
            Map.entry("Spring MVC / web", new String[] {"org.springframework.web.", "org.springframework.http."}),
            Map.entry("Spring JDBC / transactions", new String[] {"org.springframework.jdbc.",
                    "org.springframework.transaction."}),
            Map.entry("Spring other (AOP, context, beans)", new String[] {"org.springframework."}),
            Map.entry("Micrometer / observation", new String[] {"io.micrometer."}),
            Map.entry("Tomcat (HTTP, servlet)", new String[] {"org.apache.coyote.", "org.apache.tomcat.",
                    "org.apache.catalina."}),
            Map.entry("Logging", new String[] {"ch.qos.logback.", "org.slf4j.", "org.apache.logging."}),
            Map.entry("Gerbang access", new String[] {"id.gerbang.access."}),
            Map.entry("Gerbang audit (access log)", new String[] {"id.gerbang.audit."}),
            Map.entry("Gerbang quota", new String[] {"id.gerbang.quota."}),
            Map.entry("Gerbang registry", new String[] {"id.gerbang.registry."}),
            Map.entry("Gerbang account / agreement", new String[] {"id.gerbang.account.", "id.gerbang.agreement."}),
            Map.entry("Gerbang other", new String[] {"id.gerbang."}),
            Map.entry("socket I/O (JDK: system calls of Tomcat and the driver)", new String[] {"sun.nio.ch.",
                    "java.net.Socket", "sun.net."}),
            Map.entry("JDK scheduling (virtual threads, locks, parking)", new String[] {
                    "java.util.concurrent.locks.", "jdk.internal.misc.Unsafe.park", "java.lang.VirtualThread",
                    "jdk.internal.vm.Continuation", "java.util.concurrent.ForkJoin"}));

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JfrSummary recording.jfr");
            System.exit(2);
        }
        System.out.print(summarise(Path.of(args[0]), 25));
    }

    static String summarise(Path file, int top) throws IOException {
        Map<String, Long> byComponent = new HashMap<>();
        Map<String, Long> selfMethods = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            selfMethods.merge(name(frames.getFirst()), 1L, Long::sum);
            byComponent.merge(component(frames), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("id.gerbang.") && seen.add(n)) {
                    inclusive.merge(n, 1L, Long::sum);
                }
            }
            threads.merge(threadGroup(e), 1L, Long::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "CPU samples of Java threads (`jdk.ExecutionSample`): %,d%n%n", samples));
        table(sb, "component (first known frame from the top of the stack)", byComponent, samples, 100);
        table(sb, "thread", threads, samples, 10);
        table(sb, "method (self time, top of stack)", selfMethods, samples, top);
        table(sb, "Gerbang method (inclusive: on the stack)", inclusive, samples, top);
        return sb.toString();
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (Map.Entry<String, String[]> c : COMPONENTS) {
                for (String prefix : c.getValue()) {
                    if (type.startsWith(prefix)) {
                        return c.getKey();
                    }
                }
            }
        }
        return "JDK / other";
    }

    private static String threadGroup(RecordedEvent e) {
        var thread = e.getThread("sampledThread");
        String name = thread == null ? "?" : thread.getJavaName();
        if (name == null || name.isEmpty()) {
            return thread != null && thread.isVirtual() ? "virtual threads (requests)" : "unnamed";
        }
        return name.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void table(StringBuilder sb, String title, Map<String, Long> counts, long total, int limit) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        sb.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
        Map<String, Long> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Long> r : rows) {
            if (shown.size() >= limit) {
                break;
            }
            shown.put(r.getKey(), r.getValue());
            sb.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f %% |%n", r.getKey(), r.getValue(),
                    100.0 * r.getValue() / Math.max(1, total)));
        }
        sb.append('\n');
    }
}
