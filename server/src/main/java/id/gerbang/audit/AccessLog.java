package id.gerbang.audit;

import id.gerbang.audit.internal.AccessLogWriter;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * The single path by which data channels record their calls. Call it before sending a response
 * that carries population data, and send the data only when it returned normally.
 */
@Service
public class AccessLog {

    private final AccessLogWriter writer;

    AccessLog(AccessLogWriter writer) {
        this.writer = writer;
    }

    /**
     * Records the entry and returns its sequence number once the entry is durably committed. Concurrent
     * callers' entries are committed together (group commit).
     *
     * @throws AccessLogUnavailableException when the commit is not confirmed within
     *         {@code gerbang.audit.write-timeout}, the queue is full, the database fails, or the calling
     *         thread is interrupted (its interrupt flag is restored). The entry may have been committed
     *         all the same; an entry reported as committed always is.
     */
    public long record(AccessLogEntry entry) {
        return writer.record(entry);
    }

    /**
     * Records the entry; the future completes with the sequence number once the entry is committed,
     * or exceptionally with {@link AccessLogUnavailableException}. Dependent stages run on a virtual
     * thread, never on the log's writer. Cancelling the future does not withdraw the entry.
     */
    public CompletableFuture<Long> recordAsync(AccessLogEntry entry) {
        return writer.submit(entry);
    }

    /** A new request id (UUIDv7). */
    public static String newRequestId() {
        return RequestIds.next();
    }
}
