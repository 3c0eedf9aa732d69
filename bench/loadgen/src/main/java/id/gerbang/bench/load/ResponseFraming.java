package id.gerbang.bench.load;

import java.io.IOException;

/**
 * Finds one complete HTTP/1.1 answer at the start of a byte array that a non-blocking read is
 * filling: status line, headers, and a body framed by {@code Content-Length} or chunked encoding.
 * Returns {@code null} while the answer is incomplete, so the caller reads more and asks again.
 * Used by {@link EventLoop} (non-blocking) and {@link HttpConnection} (blocking) alike.
 */
final class ResponseFraming {

    /** Longest header section accepted; a longer one is a broken answer, not a slow one. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /**
     * A complete answer: its status, its body (de-chunked, in {@code body[0, length)}), whether
     * the server closes the connection after it, and how many bytes of the input it took.
     */
    record Answer(int status, byte[] body, int length, boolean close, int consumed) {
    }

    private ResponseFraming() {
    }

    /**
     * The answer that {@code in[0, limit)} starts with, or {@code null} when more bytes are needed.
     * The body is copied into {@code scratch} when it fits, else into a new array.
     *
     * @throws IOException when the bytes cannot be the start of an HTTP/1.x answer
     */
    static Answer parse(byte[] in, int limit, byte[] scratch) throws IOException {
        int headerEnd = indexOf(in, 0, limit, '\r', '\n', '\r', '\n');
        if (headerEnd < 0) {
            if (limit > MAX_HEADER_BYTES) {
                throw new IOException("header section longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (limit >= 7 && !startsWith(in, "HTTP/1.")) {
                throw new IOException("not an HTTP answer");
            }
            return null;
        }
        if (headerEnd < 12 || !startsWith(in, "HTTP/1.")) {
            throw new IOException("not an HTTP answer");
        }
        int status = digit(in[9]) * 100 + digit(in[10]) * 10 + digit(in[11]);
        boolean close = in[7] == '0';
        long contentLength = -1;
        boolean chunked = false;
        int line = indexOf(in, 0, headerEnd + 2, '\r', '\n') + 2; // the status line's end
        while (line < headerEnd) {
            int end = indexOf(in, line, headerEnd + 2, '\r', '\n');
            int colon = indexOf(in, line, end, ':');
            if (colon > 0) {
                int v = colon + 1;
                while (v < end && (in[v] == ' ' || in[v] == '\t')) {
                    v++;
                }
                int ve = end;
                while (ve > v && (in[ve - 1] == ' ' || in[ve - 1] == '\t')) {
                    ve--;
                }
                if (nameIs(in, line, colon, "content-length")) {
                    contentLength = decimal(in, v, ve);
                } else if (nameIs(in, line, colon, "transfer-encoding")) {
                    chunked = containsIgnoreCase(in, v, ve, "chunked");
                } else if (nameIs(in, line, colon, "connection")) {
                    close = ve - v == 5 && containsIgnoreCase(in, v, ve, "close");
                }
            }
            line = end + 2;
        }
        int bodyStart = headerEnd + 4;
        if (chunked) {
            return chunked(in, limit, bodyStart, status, close, scratch);
        }
        if (contentLength < 0) {
            throw new IOException("answer without Content-Length or chunked encoding");
        }
        if (bodyStart + contentLength > limit) {
            return null;
        }
        int length = (int) contentLength;
        byte[] body = length <= scratch.length ? scratch : new byte[length];
        System.arraycopy(in, bodyStart, body, 0, length);
        return new Answer(status, body, length, close, bodyStart + length);
    }

    private static Answer chunked(byte[] in, int limit, int start, int status, boolean close, byte[] scratch)
            throws IOException {
        byte[] body = scratch;
        int length = 0;
        int pos = start;
        while (true) {
            int eol = indexOf(in, pos, limit, '\r', '\n');
            if (eol < 0) {
                return null;
            }
            int sizeEnd = indexOf(in, pos, eol, ';');
            long size = hex(in, pos, sizeEnd < 0 ? eol : sizeEnd);
            pos = eol + 2;
            if (size == 0) {
                // trailers (ignored) up to an empty line
                while (true) {
                    int end = indexOf(in, pos, limit, '\r', '\n');
                    if (end < 0) {
                        return null;
                    }
                    boolean empty = end == pos;
                    pos = end + 2;
                    if (empty) {
                        return new Answer(status, body, length, close, pos);
                    }
                }
            }
            if (pos + size + 2 > limit) {
                return null;
            }
            int n = (int) size;
            if (length + n > body.length) {
                byte[] bigger = new byte[Math.max(length + n, body.length * 2)];
                System.arraycopy(body, 0, bigger, 0, length);
                body = bigger;
            }
            System.arraycopy(in, pos, body, length, n);
            length += n;
            pos += n;
            if (in[pos] != '\r' || in[pos + 1] != '\n') {
                throw new IOException("chunk not followed by CRLF");
            }
            pos += 2;
        }
    }

    private static int digit(byte b) throws IOException {
        if (b < '0' || b > '9') {
            throw new IOException("status is not three digits");
        }
        return b - '0';
    }

    private static long decimal(byte[] in, int from, int to) throws IOException {
        if (from == to || to - from > 12) {
            throw new IOException("bad Content-Length");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + digit(in[i]);
        }
        return v;
    }

    private static long hex(byte[] in, int from, int to) throws IOException {
        while (to > from && (in[to - 1] == ' ' || in[to - 1] == '\t')) {
            to--;
        }
        if (from == to || to - from > 8) {
            throw new IOException("bad chunk size");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0) {
                throw new IOException("bad chunk size");
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static boolean startsWith(byte[] in, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (in[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code in[from, to)} is {@code lowerName}, ignoring ASCII case. */
    private static boolean nameIs(byte[] in, int from, int to, String lowerName) {
        if (to - from != lowerName.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            if (Character.toLowerCase((char) in[from + i]) != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(byte[] in, int from, int to, String lower) {
        outer:
        for (int i = from; i <= to - lower.length(); i++) {
            for (int j = 0; j < lower.length(); j++) {
                if (Character.toLowerCase((char) in[i + j]) != lower.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int indexOf(byte[] in, int from, int to, char... pattern) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (in[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
