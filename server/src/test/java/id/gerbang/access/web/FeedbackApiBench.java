package id.gerbang.access.web;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.feedback.FeedbackArrangements;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test ({@code bench/feedback.sh} runs it, on PostgreSQL): {@code POST /api/v1/feedback}
 * in batches of 1,000 victim records over HTTP on the loopback, {@code bench.clients} clients at once,
 * each batch committed before its answer (durable). Prints records per second; asserts nothing.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FeedbackArrangements.class)
class FeedbackApiBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    FeedbackArrangements fixtures;
    @Autowired
    AccessArrangements arrangements;
    @Autowired
    Clock clock;

    HttpResponse<String> send(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void batchesOfAThousand() throws Exception {
        int batches = Integer.getInteger("bench.batches", 100);
        int clients = Integer.getInteger("bench.clients", 4);
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String token = JsonMapper.builder().build().readTree(send("/api/v1/token",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}").body())
                .get("access_token").asString();
        String run = Long.toString(System.nanoTime(), 36);
        // warm-up: one batch, not counted
        send("/api/v1/feedback", body(run + "-w", 0), "Authorization", "Bearer " + token);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(pool.submit(() -> {
                    for (int b; (b = next.getAndIncrement()) < batches; ) {
                        HttpResponse<String> r = send("/api/v1/feedback", body(run, b), "Authorization", "Bearer " + token);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(r.statusCode() + " " + r.body());
                        }
                        accepted.addAndGet(JsonMapper.builder().build().readTree(r.body()).get("accepted").asInt());
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nBENCH feedback-ws: batches=%d records=%d accepted=%d clients=%d seconds=%.1f "
                + "records_per_s=%.0f%n", batches, batches * 1000, accepted.get(), clients, seconds, batches * 1000 / seconds);
    }

    static String body(String run, int batch) {
        StringBuilder s = new StringBuilder("{\"records\":[");
        for (int i = 0; i < 1000; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"nik\":\"").append(FeedbackArrangements.NADIA).append("\",\"kind\":\"VICTIM\",\"caseReference\":\"WS-")
                    .append(run).append('-').append(batch).append('-').append(i).append("\",\"victim\":{\"violenceKinds\":[1,2],")
                    .append("\"place\":1,\"perpetratorRelationship\":1,\"incidentDate\":\"2026-03-01\",\"reportDate\":\"2026-03-02\",")
                    .append("\"services\":[1],\"disability\":7}}");
        }
        return s.append("]}").toString();
    }
}
