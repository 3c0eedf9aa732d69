package id.gerbang.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The minimal client against a scripted server: lengths, chunks, keep-alive and close. */
class HttpConnectionTests {

    /** Answers each request (read up to its blank line and Content-Length body) with the next canned answer. */
    static final class Canned implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger accepted = new AtomicInteger();

        Canned(List<String> answers) throws IOException {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon(true).start(() -> {
                int next = 0;
                while (next < answers.size()) {
                    try (Socket s = server.accept()) {
                        accepted.incrementAndGet();
                        InputStream in = s.getInputStream();
                        OutputStream out = s.getOutputStream();
                        while (next < answers.size() && readRequest(in)) {
                            String answer = answers.get(next++);
                            out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                            if (answer.contains("Connection: close")) {
                                break;
                            }
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        static boolean readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                head.append((char) b);
                if (head.toString().endsWith("\r\n\r\n")) {
                    String h = head.toString();
                    int at = h.indexOf("Content-Length: ");
                    int length = at < 0 ? 0 : Integer.parseInt(h.substring(at + 16, h.indexOf("\r\n", at)).trim());
                    in.readNBytes(length);
                    return true;
                }
            }
            return false;
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static final byte[] REQUEST = Workload.request("/x", "127.0.0.1", null, "{\"a\":1}");

    @Test
    void readsContentLengthAndChunkedAnswersOnOneConnection() throws IOException {
        try (Canned server = new Canned(List.of(
                "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"RES\r\n9;x=1\r\nPONSE\":1}\r\n0\r\n\r\n"));
             HttpConnection c = new HttpConnection(server.address(), 2000)) {
            HttpConnection.Response first = c.exchange(REQUEST);
            assertEquals(200, first.status());
            assertEquals("{\"ok\":true}", first.bodyText());
            HttpConnection.Response second = c.exchange(REQUEST);
            assertEquals("{\"RESPONSE\":1}", second.bodyText());
            assertEquals(1, c.connects());
        }
    }

    @Test
    void reconnectsAfterTheServerClosed() throws IOException {
        try (Canned server = new Canned(List.of(
                "HTTP/1.1 404 \r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
                "HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\n[]"));
             HttpConnection c = new HttpConnection(server.address(), 2000)) {
            assertEquals(404, c.exchange(REQUEST).status());
            assertEquals("[]", c.exchange(REQUEST).bodyText());
            assertEquals(2, c.connects());
        }
    }

    @Test
    void anAnswerWithoutLengthIsAnError() throws IOException {
        try (Canned server = new Canned(List.of("HTTP/1.1 200 \r\n\r\n{}"));
             HttpConnection c = new HttpConnection(server.address(), 2000)) {
            assertThrows(IOException.class, () -> c.exchange(REQUEST));
        }
    }
}
