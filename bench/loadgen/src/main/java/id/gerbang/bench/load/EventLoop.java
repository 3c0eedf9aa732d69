package id.gerbang.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps a share of the connections busy on non-blocking sockets, from one thread (as wrk does). A
 * thread per connection, blocking on its socket, costs two or more context switches per request in
 * the generator; with 256 connections on two cores that CPU was taken from the server being
 * measured. Here one {@code epoll} wake-up serves every connection that is ready.
 *
 * <ul>
 * <li><b>closed model</b>: a connection sends its next request as soon as its answer is complete;</li>
 * <li><b>open model</b>: request number {@code k} is due at a fixed time ({@link Run#dueOf}); it is
 *     sent when it is due and a connection is free, and its latency runs from when it was due, so
 *     a stalled server shows up in the percentiles (no coordinated omission). As in wrk2, the
 *     loop's timer has millisecond resolution: a request may be sent up to about 1 ms after it was
 *     due, and that delay counts in its latency (it can only make the figures worse).</li>
 * </ul>
 *
 * A request is recorded when it was due inside the measurement window and answered before its end.
 */
final class EventLoop implements Runnable {

    /**
     * What every loop and the main thread share: the request numbers and when each is due, the
     * counters, the measurement window, and the stop signal.
     */
    static final class Run {
        private final long planned;
        private final long start;
        private final double periodNanos;
        private final AtomicLong next = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong answered = new AtomicLong();
        /** The latest a request of the measurement window was sent after it was due (open model). */
        final AtomicLong maxLateNanos = new AtomicLong();
        volatile boolean stop;
        volatile long measureStart = Long.MAX_VALUE;
        volatile long measureEnd = Long.MAX_VALUE;

        /**
         * @param planned requests in all
         * @param start   {@code System.nanoTime()} of the start (request 0 is due then, open model)
         * @param rate    requests per second in the open model; 0 for the closed model
         */
        Run(long planned, long start, double rate) {
            this.planned = planned;
            this.start = start;
            this.periodNanos = rate > 0 ? 1e9 / rate : 0;
        }

        /** Claims the next request number; {@code -1} when the planned count is reached. */
        long claim() {
            long k = next.getAndIncrement();
            return k < planned ? k : -1;
        }

        /** When request {@code k} is due; {@link Long#MIN_VALUE}: at once (closed model). */
        long dueOf(long k) {
            return periodNanos > 0 ? start + (long) (k * periodNanos) : Long.MIN_VALUE;
        }
    }

    private static final class Connection {
        SocketChannel channel;
        SelectionKey key;
        byte[] in = new byte[16 * 1024];
        int filled;
        ByteBuffer out;
        Workload.Prepared request;
        /** When the request was due (the origin of its latency) and when it was sent (for the timeout). */
        long due;
        long sentAt;
    }

    private final Run run;
    private final InetSocketAddress address;
    private final long timeoutNanos;
    private final Connection[] connections;
    private final Workload.Prepared[] pool;
    private final SplittableRandom random;
    private final Stats stats;
    private final byte[] scratch = new byte[16 * 1024];
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private Selector selector;
    private int busy;
    private long connects;

    EventLoop(Run run, InetSocketAddress address, int timeoutMillis, int connections, Workload.Prepared[] pool,
            SplittableRandom random, Stats stats) {
        this.run = run;
        this.address = address;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.connections = new Connection[connections];
        this.pool = pool;
        this.random = random;
        this.stats = stats;
    }

    long connects() {
        return connects;
    }

    @Override
    public void run() {
        try (Selector s = Selector.open()) {
            selector = s;
            for (int i = 0; i < connections.length; i++) {
                connections[i] = new Connection();
                connect(connections[i]);
                idle.add(connections[i]);
            }
            loop();
        } catch (IOException e) {
            System.err.println("loadgen: event loop failed: " + e);
        } finally {
            for (Connection c : connections) {
                if (c != null) {
                    closeQuietly(c);
                }
            }
        }
    }

    private void loop() throws IOException {
        boolean exhausted = false;
        long claimed = -1;
        long claimedDue = 0;
        long nextTimeoutCheck = System.nanoTime() + timeoutNanos / 10;
        while (true) {
            long now = System.nanoTime();
            while (!exhausted && !run.stop && !idle.isEmpty()) {
                if (claimed < 0) {
                    claimed = run.claim();
                    if (claimed < 0) {
                        exhausted = true;
                        break;
                    }
                    claimedDue = run.dueOf(claimed);
                }
                if (claimedDue > now) {
                    break; // open model: not due yet
                }
                long due = claimedDue;
                if (due == Long.MIN_VALUE) {
                    due = now;
                } else if (due >= run.measureStart) {
                    run.maxLateNanos.accumulateAndGet(now - due, Math::max);
                }
                send(idle.poll(), pool[random.nextInt(pool.length)], due);
                claimed = -1;
                now = System.nanoTime();
            }
            if (busy == 0 && (exhausted || run.stop)) {
                return;
            }
            long waitMillis = 100;
            if (claimed >= 0 && !idle.isEmpty() && !run.stop) {
                // the next request waits for its time, not for a connection: wake up when it is due
                waitMillis = Math.max(1, Math.min(100, (claimedDue - now + 999_999) / 1_000_000));
            }
            selector.select(waitMillis);
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Connection c = (Connection) key.attachment();
                if (!key.isValid()) {
                    continue;
                }
                if (c.request == null) {
                    // an idle connection is readable only when the server closed it (or misbehaves)
                    closeQuietly(c);
                    continue;
                }
                try {
                    if (key.isWritable()) {
                        flush(c);
                    }
                    if (key.isReadable()) {
                        read(c);
                    }
                } catch (IOException e) {
                    failed(c, e);
                }
            }
            now = System.nanoTime();
            if (now >= nextTimeoutCheck) {
                nextTimeoutCheck = now + timeoutNanos / 10;
                for (Connection c : connections) {
                    if (c.request != null && now - c.sentAt > timeoutNanos) {
                        failed(c, new IOException("no answer within " + timeoutNanos / 1_000_000 + " ms"));
                    }
                }
            }
        }
    }

    private void send(Connection c, Workload.Prepared request, long due) {
        run.sent.incrementAndGet();
        c.request = request;
        c.due = due;
        c.sentAt = System.nanoTime();
        c.out = ByteBuffer.wrap(request.bytes());
        busy++;
        try {
            if (c.channel == null) {
                connect(c);
            }
            flush(c);
        } catch (IOException e) {
            failed(c, e);
        }
    }

    private void flush(Connection c) throws IOException {
        c.channel.write(c.out);
        c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private void read(Connection c) throws IOException {
        if (c.filled == c.in.length) {
            c.in = Arrays.copyOf(c.in, c.in.length * 2);
        }
        int n = c.channel.read(ByteBuffer.wrap(c.in, c.filled, c.in.length - c.filled));
        if (n < 0) {
            throw new IOException("connection closed by the server");
        }
        c.filled += n;
        ResponseFraming.Answer answer = ResponseFraming.parse(c.in, c.filled, scratch);
        if (answer == null) {
            return;
        }
        long end = System.nanoTime();
        run.answered.incrementAndGet();
        if (c.due >= run.measureStart && end <= run.measureEnd) {
            long micros = (end - c.due) / 1000;
            stats.record(c.request, Outcomes.classify(answer.status(), answer.body(), answer.length()), micros);
            stats.second((int) ((end - run.measureStart) / 1_000_000_000L), micros);
        }
        // one request at a time per connection: nothing may follow the answer
        boolean trailing = answer.consumed() != c.filled;
        c.filled = 0;
        c.request = null;
        busy--;
        if (answer.close() || trailing) {
            closeQuietly(c);
        }
        idle.add(c);
    }

    private void failed(Connection c, IOException e) {
        long end = System.nanoTime();
        if (c.request != null) {
            if (c.due >= run.measureStart && end <= run.measureEnd) {
                stats.transportError(c.request, (end - c.due) / 1000);
            }
            c.request = null;
            busy--;
            idle.add(c);
        }
        closeQuietly(c);
        if (!run.stop) {
            System.err.println("loadgen: " + e);
            LockSupport.parkNanos(1_000_000); // as the blocking client: no tight loop against a server that is down
        }
    }

    private void connect(Connection c) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(address);
        channel.configureBlocking(false);
        c.channel = channel;
        c.key = channel.register(selector, SelectionKey.OP_READ, c);
        c.filled = 0;
        connects++;
    }

    private static void closeQuietly(Connection c) {
        if (c.channel != null) {
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            c.channel = null;
            c.key = null;
        }
    }
}
