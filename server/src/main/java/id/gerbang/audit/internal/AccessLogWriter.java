package id.gerbang.audit.internal;

import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessLogUnavailableException;
import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.NikMask;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit for the access log. Callers put their entry on a queue and wait; one writer thread
 * takes everything queued (up to {@code max-batch-size}), locks the chain head, chains and inserts
 * the whole batch and commits it in one transaction, and only then releases each caller with its
 * sequence number. While one batch commits the next one gathers, so the batch size grows with the
 * load and the cost of a commit (an fsync) is shared. See ADR 0031.
 */
@Component
public class AccessLogWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
    static final String LOG_NAME = "access";

    private final DataSource dataSource;
    private final Clock clock;
    private final int maxBatchSize;
    private final long timeoutNanos;
    private final long gatherNanos;
    /** When the previous batch was taken, and its size: the recent arrival rate (writer thread only). */
    private long previousBatchAt;
    private int previousBatchSize;
    private final LongAdder gatheredBatches = new LongAdder();
    private final BlockingQueue<Pending> queue;
    private final Executor completions = Executors.newVirtualThreadPerTaskExecutor();
    private final LongAdder entriesWritten = new LongAdder();
    private final LongAdder batchesWritten = new LongAdder();
    private final LongAdder batchesFailed = new LongAdder();
    private final LongAdder insertNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();
    private volatile AccessRowSink sink = AccessRows::insert;
    /** PostgreSQL: small batches are appended in one statement when the head is known ({@link OptimisticAppend}). */
    private volatile boolean optimistic;
    private final LongAdder optimisticBatches = new LongAdder();
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable ChainHead committed;
    private static final long HOLD_NANOS = TimeUnit.MINUTES.toNanos(1);
    private @Nullable Connection held;
    private long heldSince;

    AccessLogWriter(DataSource dataSource, Clock clock, AuditProperties properties) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxBatchSize = properties.maxBatchSize();
        this.timeoutNanos = properties.writeTimeout().toNanos();
        this.gatherNanos = properties.gatherWindow().toNanos();
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
    }

    /** Blocks until the entry is committed; see {@code AccessLog.record}. */
    public long record(AccessLogEntry entry) {
        Pending pending = enqueue(entry);
        try {
            return pending.future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.withdraw();
            throw new AccessLogUnavailableException("not committed within the write timeout", e);
        } catch (InterruptedException e) {
            pending.withdraw();
            Thread.currentThread().interrupt();
            throw new AccessLogUnavailableException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        }
    }

    /** Completes once the entry is committed; dependent stages run on a virtual thread. */
    public CompletableFuture<Long> submit(AccessLogEntry entry) {
        Pending pending;
        try {
            pending = enqueue(entry);
        } catch (AccessLogUnavailableException e) {
            return CompletableFuture.failedFuture(e);
        }
        return pending.future.thenApplyAsync(seq -> seq, completions);
    }

    private Pending enqueue(AccessLogEntry entry) {
        if (!running) {
            throw new AccessLogUnavailableException("the access log is not running");
        }
        Instant time = entry.time() != null ? entry.time() : clock.instant();
        AccessRow row = AccessRows.of(entry, time);
        Pending pending = new Pending(row, ChainCodec.accessBody(row));
        if (!queue.offer(pending)) {
            throw new AccessLogUnavailableException("the access-log queue is full");
        }
        return pending;
    }

    private static AccessLogUnavailableException unavailable(Throwable cause) {
        return cause instanceof AccessLogUnavailableException a ? a
                : new AccessLogUnavailableException("the batch was not committed", cause);
    }

    /** The head this process last committed, or {@code null} when it has committed nothing yet. */
    public @Nullable ChainHead committedHead() {
        return committed;
    }

    public Stats stats() {
        return new Stats(entriesWritten.sum(), batchesWritten.sum(), optimisticBatches.sum(), gatheredBatches.sum(),
                batchesFailed.sum(), queue.size(), insertNanos.sum() / 1000, commitNanos.sum() / 1000);
    }

    /**
     * Counters since start: entries and batches committed (of them appended in one statement, see
     * {@link OptimisticAppend}), batches that waited for more entries ({@code gather-window}),
     * batches failed, entries waiting, and the time spent inserting and committing (microseconds; a
     * one-statement append counts as inserting).
     */
    public record Stats(long entries, long batches, long optimisticBatches, long gatheredBatches, long failedBatches,
                        int queued, long insertMicros, long commitMicros) {
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatchSize);
        long backoffMillis = 0;
        while (true) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (!running && queue.isEmpty()) {
                    release();
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatchSize - 1);
            gather(batch);
            batch.removeIf(p -> !p.claim());
            if (!batch.isEmpty()) {
                if (write(batch)) {
                    backoffMillis = 0;
                } else {
                    backoffMillis = Math.min(1000, Math.max(20, backoffMillis * 2));
                    sleep(backoffMillis);
                }
            }
            batch.clear();
        }
    }

    /**
     * Group commit at moderate rates: under load, entries pile up while a batch commits and the
     * next batch is large by itself; at moderate rates most batches would be one or two entries,
     * each paying a statement and a WAL flush. When the rate seen over the previous batch makes at
     * least one more entry likely within {@code gather-window}, the writer waits that long (at
     * most) and takes what arrived. Callers wait up to that much longer; nobody waits when entries
     * are rare. Entries that arrive meanwhile never wake the writer (it is not waiting on the queue).
     */
    private void gather(List<Pending> batch) {
        if (gatherNanos == 0) {
            return; // off (the default): not even the clock is read
        }
        long now = System.nanoTime();
        long since = now - previousBatchAt;
        boolean likely = batch.size() < OptimisticAppend.MAX_ROWS && since > 0
                && (double) previousBatchSize * gatherNanos >= since;
        previousBatchAt = now;
        if (likely) {
            LockSupport.parkNanos(gatherNanos);
            queue.drainTo(batch, maxBatchSize - batch.size());
            gatheredBatches.increment();
        }
        previousBatchSize = batch.size();
    }

    private boolean write(List<Pending> batch) {
        AccessRow[] rows = new AccessRow[batch.size()];
        ChainHead head;
        try {
            Connection c = connection();
            try {
                ChainHead known = committed;
                head = null;
                if (optimistic && known != null && rows.length <= OptimisticAppend.MAX_ROWS) {
                    ChainHead next = chain(batch, known, rows);
                    long t0 = System.nanoTime();
                    if (OptimisticAppend.append(c, LOG_NAME, rows, known, next)) {
                        head = next;
                        optimisticBatches.increment();
                        insertNanos.add(System.nanoTime() - t0);
                    }
                    // else another instance appended since: nothing was written, take the locked path
                }
                if (head == null) {
                    ChainHead start = ChainHeads.lock(c, LOG_NAME);
                    head = chain(batch, start, rows);
                    long t0 = System.nanoTime();
                    sink.insert(c, rows);
                    ChainHeads.update(c, LOG_NAME, head);
                    long t1 = System.nanoTime();
                    c.commit();
                    insertNanos.add(t1 - t0);
                    commitNanos.add(System.nanoTime() - t1);
                }
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                release();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            committed = null;
            batchesFailed.increment();
            log.error("Access log: a batch of {} entries was not committed ({}); its callers are refused",
                    batch.size(), NikMask.maskAll(String.valueOf(e)));
            AccessLogUnavailableException failure = new AccessLogUnavailableException("batch failed", e);
            batch.forEach(p -> p.future.completeExceptionally(failure));
            return false;
        }
        committed = head;
        entriesWritten.add(rows.length);
        batchesWritten.increment();
        for (int i = 0; i < rows.length; i++) {
            batch.get(i).future.complete(rows[i].seq());
        }
        return true;
    }

    /** Chains the batch's rows into {@code rows} from {@code start}; the head after them. */
    private static ChainHead chain(List<Pending> batch, ChainHead start, AccessRow[] rows) {
        long seq = start.lastSeq();
        byte[] previous = start.lastHash();
        for (int i = 0; i < rows.length; i++) {
            Pending p = batch.get(i);
            seq++;
            previous = ChainCodec.hash(previous, ChainCodec.ACCESS, seq, p.body);
            rows[i] = p.row.withSeqAndHash(seq, previous);
        }
        return new ChainHead(seq, previous);
    }

    /**
     * The writer's own connection, kept between batches (and renewed every minute) so that a pool
     * exhausted by requests that wait for their log entries can never starve the writer.
     */
    private Connection connection() throws SQLException {
        Connection c = held;
        if (c != null && System.nanoTime() - heldSince < HOLD_NANOS) {
            return c;
        }
        release();
        c = dataSource.getConnection();
        c.setAutoCommit(false);
        held = c;
        heldSince = System.nanoTime();
        return c;
    }

    private void release() {
        Connection c = held;
        held = null;
        if (c != null) {
            try {
                c.rollback();
                c.setAutoCommit(true);
                c.close();
            } catch (SQLException e) {
                log.debug("Access log: closing the writer's connection failed: {}", e.getSQLState());
            }
        }
    }

    private String productName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            log.warn("Access log: database type unknown ({}); using INSERT", e.getSQLState());
            return "unknown";
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.warn("Access log: rollback failed: {}", e.getSQLState());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        H2Durability.apply(dataSource);
        String product = productName();
        sink = AccessRowSink.forDatabase(product);
        optimistic = "PostgreSQL".equals(product);
        running = true;
        Thread t = Thread.ofPlatform().name("audit-access-log-writer").daemon(false).unstarted(this::run);
        thread = t;
        t.start();
    }

    /** Stops taking entries, commits what is queued, then ends the writer. */
    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.future.completeExceptionally(new AccessLogUnavailableException("the access log stopped"));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (higher phases stop first), so no request is left without its log. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** An entry waiting for the writer; the caller may withdraw it until the writer has claimed it. */
    private static final class Pending {
        private static final int QUEUED = 0;
        private static final int CLAIMED = 1;
        private static final int WITHDRAWN = 2;

        final AccessRow row;
        final byte[] body;
        final CompletableFuture<Long> future = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Pending(AccessRow row, byte[] body) {
            this.row = row;
            this.body = body;
        }

        boolean claim() {
            return state.compareAndSet(QUEUED, CLAIMED);
        }

        void withdraw() {
            state.compareAndSet(QUEUED, WITHDRAWN);
        }
    }
}
