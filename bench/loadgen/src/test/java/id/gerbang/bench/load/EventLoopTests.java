package id.gerbang.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The non-blocking closed model against a server that frames its answers in every way it may. */
class EventLoopTests {

    /** Per connection: answers alternate between Content-Length and chunks, every 7th one closes. */
    static final class Server implements AutoCloseable {
        final ServerSocket socket;
        final AtomicLong answers = new AtomicLong();

        Server() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        Thread.ofVirtual().start(() -> serve(s));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket s) {
            try (s) {
                s.setTcpNoDelay(true); // the two halves of an answer leave at once, not after a delayed ACK
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                for (int n = 1; HttpConnectionTests.Canned.readRequest(in); n++) {
                    String body = "{\"RESPONSE_CODE\":\"13\"}";
                    String close = n % 7 == 0 ? "Connection: close\r\n" : "";
                    String answer = n % 2 == 0
                            ? "HTTP/1.1 200 \r\n" + close + "Content-Length: " + body.length() + "\r\n\r\n" + body
                            : "HTTP/1.1 200 \r\n" + close + "Transfer-Encoding: chunked\r\n\r\n4\r\n" + body.substring(0, 4)
                                    + "\r\n" + Integer.toHexString(body.length() - 4) + "\r\n" + body.substring(4) + "\r\n0\r\n\r\n";
                    byte[] bytes = answer.getBytes(StandardCharsets.ISO_8859_1);
                    // counted before it is sent: once the client has it, the count must include it
                    answers.incrementAndGet();
                    // in two writes, so that the client sees answers split across reads
                    out.write(bytes, 0, bytes.length / 2);
                    out.flush();
                    out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                    out.flush();
                    if (!close.isEmpty()) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Everything measured: the window is open from the start. */
    static EventLoop.Run measured(long planned, double rate) {
        EventLoop.Run run = new EventLoop.Run(planned, System.nanoTime(), rate);
        run.measureStart = Long.MIN_VALUE;
        return run;
    }

    @Test
    void sendsExactlyThePlannedRequestsAndReadsEveryAnswer() throws Exception {
        Workload.Prepared request = new Workload.Prepared(HttpConnectionTests.REQUEST, Workload.Kind.CALL_NIK, "13");
        try (Server server = new Server()) {
            EventLoop.Run run = measured(1_000, 0);
            Stats stats = new Stats(1);
            EventLoop loop = new EventLoop(run, server.address(), 5_000, 8, new Workload.Prepared[] {request},
                    new SplittableRandom(1), stats);
            Thread t = Thread.ofPlatform().start(loop);
            t.join(30_000);
            assertEquals(1_000, run.sent.get());
            assertEquals(1_000, run.answered.get());
            assertEquals(1_000, server.answers.get());
            assertEquals(1_000, stats.measured);
            assertEquals(0, stats.errors(), () -> "unexpected: " + stats.unexpected);
            assertEquals(1_000L, stats.outcomes.get("13"));
            // 8 connections, each closed by the server after 7 answers: reconnected as needed
            assertTrue(loop.connects() >= 1_000 / 7, "connects " + loop.connects());
        }
    }

    @Test
    void theOpenModelSendsNothingBeforeItIsDue() throws Exception {
        Workload.Prepared request = new Workload.Prepared(HttpConnectionTests.REQUEST, Workload.Kind.CALL_NIK, "13");
        try (Server server = new Server()) {
            long start = System.nanoTime();
            EventLoop.Run run = measured(200, 1_000); // the last one is due after 199 ms
            Stats stats = new Stats(1);
            EventLoop loop = new EventLoop(run, server.address(), 5_000, 4, new Workload.Prepared[] {request},
                    new SplittableRandom(1), stats);
            Thread t = Thread.ofPlatform().start(loop);
            t.join(30_000);
            long elapsed = System.nanoTime() - start;
            assertEquals(200, run.answered.get());
            assertEquals(200, stats.measured);
            assertTrue(elapsed >= 199_000_000L, "finished after " + elapsed / 1_000_000 + " ms");
            assertTrue(run.maxLateNanos.get() >= 0);
        }
    }

    @Test
    void aServerThatStopsAnsweringGivesTransportErrorsNotAHang() throws Exception {
        Workload.Prepared request = new Workload.Prepared(HttpConnectionTests.REQUEST, Workload.Kind.CALL_NIK, "13");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            EventLoop.Run run = measured(2, 0);
            Stats stats = new Stats(1);
            EventLoop loop = new EventLoop(run, new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    silent.getLocalPort()), 300, 2, new Workload.Prepared[] {request}, new SplittableRandom(1), stats);
            Thread t = Thread.ofPlatform().start(loop);
            t.join(10_000);
            assertEquals(2, stats.transportErrors);
            assertEquals(0, run.answered.get());
        }
    }
}
