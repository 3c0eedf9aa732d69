package id.gerbang.feedback;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Benchmark, not a test (its name keeps it out of the ordinary runs; {@code bench/feedback-upload.sh}
 * runs it): 100,000 victim rows uploaded through {@link FeedbackUploads}, validated and stored, with
 * the wall time of the job and the heap's peak use while it ran (every heap pool's peak since a reset
 * just before the upload; the whole application is in this JVM). Prints a report, asserts nothing.
 */
@IntegrationTest
@Import(FeedbackArrangements.class)
class FeedbackUploadBench {

    @Autowired
    FeedbackArrangements fixtures;
    @Autowired
    FeedbackUploads uploads;
    @Autowired
    Clock clock;

    @Test
    void hundredThousandRows() {
        int n = Integer.getInteger("bench.rows", 100_000);
        Arrangement a = fixtures.arrange(new FeedbackObligations(EnumSet.allOf(FeedbackKind.class),
                EnumSet.of(FeedbackMethod.EXCEL_UPLOAD)));
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(UploadWorkbooks.victim(FeedbackArrangements.NADIA, "BENCH-" + i, "01-03-2026"));
        }
        byte[] book = UploadWorkbooks.victims(rows);
        rows = null;
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Upload started = uploads.start(a.agency(), a.userId(), "bench.xlsx", book, Locale.ENGLISH);
        Upload done = Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> uploads.find(a.agency(), started.id()).orElseThrow(), Upload::finished);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%nBENCH feedback-upload: rows=%d workbook_bytes=%d status=%s accepted=%d refused=%d "
                        + "seconds=%.1f rows_per_s=%.0f heap_peak_mb=%d heap_max_mb=%d%n", n, book.length, done.status(),
                done.accepted(), done.refused(), seconds, n / seconds, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
