package id.gerbang.feedback.internal;

import id.gerbang.feedback.Upload;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background jobs of uploads: one thread, a short queue ({@link #QUEUE} waiting workbooks, each
 * held in memory only), so a burst of uploads waits instead of crowding the heap. When the
 * application is ready, jobs a stopped server left unfinished are marked interrupted: their workbook
 * is gone with the process and the agency uploads it again.
 */
@Component
public class UploadJobs {

    static final int QUEUE = 4;

    private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

    private final UploadProcessor processor;
    private final UploadRepository uploads;
    private final Clock clock;
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "feedback-upload");
                t.setDaemon(true);
                return t;
            });

    private final org.springframework.core.env.Environment environment;

    UploadJobs(UploadProcessor processor, UploadRepository uploads, Clock clock,
            org.springframework.core.env.Environment environment) {
        this.environment = environment;
        this.processor = processor;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** Queues the job; false when the queue is full (the upload is not created then). */
    public boolean submit(String id, long agency, String userId, byte[] workbook, Locale locale, Runnable create) {
        try {
            synchronized (this) {
                create.run();
                executor.execute(() -> {
                    try {
                        processor.process(id, agency, userId, workbook, locale, done -> { });
                    } catch (RuntimeException e) {
                        log.warn("Data-balikan upload {} failed: {}", id, e.getClass().getName());
                        uploads.finish(id, Upload.Status.FAILED, "NOT_A_WORKBOOK", null, null,
                                clock.instant());
                    }
                });
            }
            return true;
        } catch (RejectedExecutionException full) {
            uploads.finish(id, Upload.Status.FAILED, "BUSY", null, null, clock.instant());
            return false;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void interruptLeftovers() {
        if (environment.containsProperty("gerbang.command")) {
            return; // a command run beside a serving application must not touch its jobs
        }
        int n = uploads.interruptUnfinished(clock.instant());
        if (n > 0) {
            log.info("{} data-balikan upload(s) left unfinished by an earlier stop marked interrupted", n);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
