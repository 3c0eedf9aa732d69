package id.gerbang.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tomcat's own error pages carry the application's security headers (issue 13 point 5): requests
 * Tomcat refuses before any servlet runs.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageHeadersTests {

    @LocalServerPort
    int port;

    private String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void tomcatsErrorPagesCarryTheSecurityHeaders() throws Exception {
        for (String line : List.of("GET /a{b}c HTTP/1.1", "GET /api/v1/admin/%zz HTTP/1.1",
                "GET /" + "a".repeat(70_000) + " HTTP/1.1", "GET /x HTTP/1.1\r\nX-Bad: \u0001")) {
            String response = raw(line);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
            // 400 from Tomcat; 422 where the access module answers in its surface's own format (ADR 0059)
            assertThat(head).as(line).matches("(?s)http/1.1 4(00|22) .*");
            assertThat(head).as(line).contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny").contains("content-security-policy:")
                    .contains("cache-control: no-store");
            assertThat(response).as("no server version").doesNotContainIgnoringCase("Apache Tomcat/");
        }
    }
}
