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
 * One keep-alive HTTP/1.1 connection with a blocking socket: writes a request prepared as bytes,
 * reads the status line, the headers and the body (Content-Length or chunked) into a reused
 * buffer. Deliberately minimal, so that the generator spends its CPU on the server's answers and
 * not on a general-purpose client. Not thread-safe: one per load thread.
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
    private final byte[] readBuffer = new byte[16 * 1024];
    private int readPos;
    private int readLimit;
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
        readPos = 0;
        readLimit = 0;
        connects++;
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + abbreviate(statusLine));
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        int length;
        if (chunked) {
            length = readChunked();
        } else if (contentLength >= 0) {
            length = (int) contentLength;
            ensureBody(length);
            readFully(body, 0, length);
        } else {
            throw new IOException("answer without Content-Length or chunked encoding");
        }
        return new Response(status, body, length, close);
    }

    private int readChunked() throws IOException {
        int length = 0;
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers: ignored
                }
                return length;
            }
            ensureBody(length + size);
            readFully(body, length, size);
            length += size;
            if (!line().isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private void ensureBody(int size) {
        if (body.length < size) {
            body = Arrays.copyOf(body, Math.max(size, body.length * 2));
        }
    }

    private void readFully(byte[] target, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            if (readPos == readLimit) {
                fill();
            }
            int n = Math.min(count - done, readLimit - readPos);
            System.arraycopy(readBuffer, readPos, target, offset + done, n);
            readPos += n;
            done += n;
        }
    }

    /** One header line without its CRLF (ISO-8859-1, as HTTP headers are). */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            if (readPos == readLimit) {
                fill();
            }
            byte b = readBuffer[readPos++];
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() > 8192) {
                throw new IOException("header line too long");
            }
            sb.append((char) (b & 0xff));
        }
    }

    private void fill() throws IOException {
        int n = in.read(readBuffer, 0, readBuffer.length);
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        readPos = 0;
        readLimit = n;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
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
