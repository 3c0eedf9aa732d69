package id.gerbang.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive HTTP/1.1 connection with a blocking socket: writes a request prepared as bytes and
 * reads its answer into a reused buffer, framed by {@link ResponseFraming} (as {@link EventLoop}
 * frames its answers). Used where blocking is fine (taking the v1 tokens before the clock starts).
 * Not thread-safe.
 */
final class HttpConnection implements AutoCloseable {

    /** The status and the body of one answer; the body array is reused by the next exchange. */
    record Response(int status, byte[] body, int length, boolean close) {

        String bodyText() {
            return new String(body, 0, length, StandardCharsets.UTF_8);
        }
    }

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] buffer = new byte[16 * 1024];
    private byte[] body = new byte[8 * 1024];
    private long connects;

    HttpConnection(InetSocketAddress address, int timeoutMillis) {
        this.address = address;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends one request and reads its answer; reconnects first when the previous one closed. */
    Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            Response response = read();
            if (response.close()) {
                close();
            }
            return response;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    long connects() {
        return connects;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMillis);
        s.connect(address, timeoutMillis);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        connects++;
    }

    /** One request at a time: an answer starts the buffer, and bytes after it mean the connection is unusable. */
    private Response read() throws IOException {
        int filled = 0;
        while (true) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                throw new EOFException("connection closed by the server");
            }
            filled += n;
            ResponseFraming.Answer answer = ResponseFraming.parse(buffer, filled, body);
            if (answer != null) {
                body = answer.body(); // a larger body gets a larger array, kept for the next answers
                return new Response(answer.status(), answer.body(), answer.length(),
                        answer.close() || answer.consumed() != filled);
            }
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
