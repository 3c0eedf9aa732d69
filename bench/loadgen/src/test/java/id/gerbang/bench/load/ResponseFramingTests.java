package id.gerbang.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Framing of answers that arrive in pieces: every prefix is incomplete, the whole is one answer. */
class ResponseFramingTests {

    private static final String BODY = "{\"RESPONSE_CODE\":\"13\"}";

    private static ResponseFraming.Answer parse(String text) throws IOException {
        byte[] in = text.getBytes(StandardCharsets.ISO_8859_1);
        return ResponseFraming.parse(in, in.length, new byte[8]);
    }

    /** Every proper prefix reads as incomplete, and the whole text as one answer that takes all of it. */
    private static ResponseFraming.Answer whole(String text) throws IOException {
        byte[] in = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int n = 0; n < in.length; n++) {
            assertNull(ResponseFraming.parse(in, n, new byte[8]), "complete after " + n + " of " + in.length + " bytes");
        }
        ResponseFraming.Answer answer = ResponseFraming.parse(in, in.length, new byte[8]);
        assertNotNull(answer);
        assertEquals(in.length, answer.consumed());
        return answer;
    }

    private static String body(ResponseFraming.Answer a) {
        return new String(a.body(), 0, a.length(), StandardCharsets.UTF_8);
    }

    @Test
    void contentLength() throws IOException {
        ResponseFraming.Answer a = whole("HTTP/1.1 200 OK\r\ncontent-length: " + BODY.length()
                + "\r\nContent-Type: application/json\r\n\r\n" + BODY);
        assertEquals(200, a.status());
        assertEquals(BODY, body(a));
        assertFalse(a.close());
        assertEquals("13", Outcomes.classify(a.status(), a.body(), a.length()));
    }

    @Test
    void chunkedWithExtensionsAndTrailers() throws IOException {
        ResponseFraming.Answer a = whole("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;x=y\r\n{\"RES\r\n" + Integer.toHexString(BODY.length() - 5) + "\r\n" + BODY.substring(5) + "\r\n"
                + "0\r\nX-Trailer: 1\r\n\r\n");
        assertEquals(BODY, body(a));
    }

    @Test
    void emptyBodiesAndNoHeaders() throws IOException {
        assertEquals(0, whole("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n").length());
        assertEquals(0, whole("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").length());
        assertThrows(IOException.class, () -> parse("HTTP/1.1 200 OK\r\n\r\n"), "no length: cannot be framed");
    }

    @Test
    void closeIsReadFromTheHeaderAndFromHttp10() throws IOException {
        assertTrue(parse("HTTP/1.1 200 OK\r\nConnection:  close \r\nContent-Length: 0\r\n\r\n").close());
        assertFalse(parse("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n").close());
        assertTrue(parse("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").close());
    }

    @Test
    void whatFollowsAnAnswerIsNotTaken() throws IOException {
        String first = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        ResponseFraming.Answer a = parse(first + "HTTP/1.1 200 OK\r\n");
        assertEquals(first.length(), a.consumed());
        assertEquals("ok", body(a));
    }

    @Test
    void brokenAnswersAreErrorsNotWaits() {
        assertThrows(IOException.class, () -> parse("SSH-2.0-OpenSSH"));
        assertThrows(IOException.class, () -> parse("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n"));
        assertThrows(IOException.class, () -> parse("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"));
        assertThrows(IOException.class, () -> parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
        assertThrows(IOException.class, () -> parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXX"));
        assertThrows(IOException.class, () -> parse("HTTP/1.1 200 OK\r\nX: " + "a".repeat(ResponseFraming.MAX_HEADER_BYTES)));
    }
}
