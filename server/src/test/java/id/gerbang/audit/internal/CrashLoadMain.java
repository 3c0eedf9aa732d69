package id.gerbang.audit.internal;

import id.gerbang.GerbangApplication;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process that {@link AccessLogCrashTests} kills: it writes access-log entries from many threads
 * as fast as it can, and prints {@code ACK <requestId> <seq>} for each only after
 * {@link AccessLog#record} returned. Database and key come from system properties.
 */
public final class CrashLoadMain {

    private CrashLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        String tag = System.getProperty("crash.tag", "crash");
        int threads = Integer.getInteger("crash.threads", 64);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GerbangApplication.class)
                .properties("server.port=0").run(args);
        AccessLog log = context.getBean(AccessLog.class);
        PrintStream out = System.out;
        out.println("READY");
        out.flush();
        for (int t = 0; t < threads; t++) {
            Thread.ofVirtual().start(() -> {
                while (true) {
                    AccessLogEntry entry = AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE,
                                    AccessOperation.LOOKUP, AccessOutcome.FOUND)
                            .agencyId(4242L).agreementId(4243L).userId(tag).sourceIp("127.0.0.1")
                            .nik(3273010101000000L + ThreadLocalRandom.current().nextInt(1_000_000))
                            .elements(List.of("NIK", "NAMA_LGKP")).latencyMicros(500L).build();
                    try {
                        long seq = log.record(entry);
                        synchronized (out) {
                            out.println("ACK " + entry.requestId() + " " + seq);
                            out.flush();
                        }
                    } catch (RuntimeException e) {
                        synchronized (out) {
                            out.println("ERR " + e.getClass().getSimpleName());
                            out.flush();
                        }
                    }
                }
            });
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
