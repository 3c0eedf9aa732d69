package id.gerbang.bench.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The HTTP floor answers any request with its fixed body, on keep-alive connections. */
class HttpFloorTests {

    @Test
    void answersEveryRequestWithItsBody() throws Exception {
        HttpServer server = HttpFloor.start(0);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dukcapil/get_json/X/CALL_NIK");
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"nik\":\"" + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, answer.statusCode());
                assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
                assertArrayEquals(HttpFloor.BODY, answer.body());
            }
        } finally {
            server.stop(0);
        }
    }
}
