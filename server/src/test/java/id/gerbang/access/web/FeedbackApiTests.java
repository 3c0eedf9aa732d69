package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.feedback.FeedbackArrangements;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data balikan by the v1 web service over real HTTP on both databases: a batch with a result per
 * record, idempotency by key, refusals of the whole request as problems, the bearer token, the
 * access log, and that an agency reads back only its own records.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FeedbackArrangements.class)
class FeedbackApiTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackArrangements fixtures;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String token(Arrangement a) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/token",
                "{\"userId\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    HttpResponse<String> post(String token, String body, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", "/api/v1/feedback", body, all);
    }

    static String victim(String nik, String caseReference) {
        return """
                {"nik":"%s","kind":"VICTIM","caseReference":"%s","victim":{"violenceKinds":[1,2],"place":1,
                 "perpetratorRelationship":1,"incidentDate":"2026-03-01","reportDate":"2026-03-02","services":[1],"disability":7}}"""
                .formatted(nik, caseReference);
    }

    static String programme(String nik, String caseReference, String code) {
        return """
                {"nik":"%s","kind":"PROGRAMME_RECIPIENT","caseReference":"%s","programme":{"programmeCode":"%s",
                 "aidDate":"2026-03-01","aidForm":"Paket sembako","amount":250000}}""".formatted(nik, caseReference, code);
    }

    static String batch(String... records) {
        return "{\"records\":[" + String.join(",", records) + "]}";
    }

    long rows(Arrangement a) {
        return jdbc.sql("select count(*) from feedback_record where agency_id = ?").param(a.agency().value())
                .query(Long.class).single();
    }

    Map<String, Object> logged(HttpResponse<String> r) {
        return jdbc.sql("select outcome, channel, operation, user_id, nik from audit_access_log where request_id = ?")
                .param(r.headers().firstValue("X-Request-Id").orElseThrow()).query().singleRow();
    }

    @Test
    void aBatchIsAnsweredRecordByRecordAndLogged() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        String code = fixtures.programme();

        HttpResponse<String> r = post(token(a), batch(victim(FeedbackArrangements.NADIA, "K-1"),
                programme(FeedbackArrangements.RATNA, "P-1", code),
                victim(FeedbackArrangements.HENDRA, "K-2"),
                "{\"nik\":\"123\",\"kind\":\"VICTIM\",\"caseReference\":\"K-3\"}"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("refused").asInt()).isEqualTo(2);
        JsonNode results = body.get("results");
        assertThat(results.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(results.get(1).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(2).get("status").asString()).isEqualTo("REFUSED");
        assertThat(results.get(2).get("error").asString()).isEqualTo("NIK_NOT_LOOKED_UP");
        assertThat(results.get(3).get("error").asString()).isEqualTo("INVALID_RECORD");
        assertThat(results.get(3).get("field").asString()).isEqualTo("nik");
        assertThat(r.body()).doesNotContain("2026-03-01");
        assertThat(rows(a)).isEqualTo(2);
        Map<String, Object> entry = logged(r);
        assertThat(entry.get("operation")).isEqualTo("FEEDBACK");
        assertThat(entry.get("outcome")).isEqualTo("FEEDBACK_RECEIVED");
        assertThat(entry.get("channel")).isEqualTo("WEB_SERVICE_V1");
        assertThat(entry.get("user_id")).isEqualTo(a.userId());

        // the same record again: DUPLICATE, nothing stored
        HttpResponse<String> again = post(token(a), batch(victim(FeedbackArrangements.NADIA, "K-1")));
        assertThat(JSON.readTree(again.body()).get("results").get(0).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(rows(a)).isEqualTo(2);
    }

    @Test
    void theSameKeyAndBodyGetTheStoredAnswerAnotherBodyIsRefused() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String token = token(a);
        String key = UUID.randomUUID().toString();
        String body = batch(victim(FeedbackArrangements.NADIA, "K-1"));

        HttpResponse<String> first = post(token, body, "Idempotency-Key", key);
        HttpResponse<String> second = post(token, body, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(JSON.readTree(second.body()).get("results").get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(rows(a)).isEqualTo(1);

        HttpResponse<String> other = post(token, batch(victim(FeedbackArrangements.NADIA, "K-9")), "Idempotency-Key", key);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(JSON.readTree(other.body()).get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(rows(a)).isEqualTo(1);

        // the key is the agency's: another agency may use the same one
        Arrangement b = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(b, FeedbackArrangements.NADIA, clock.instant());
        HttpResponse<String> theirs = post(token(b), body, "Idempotency-Key", key);
        assertThat(theirs.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(rows(b)).isEqualTo(1);
    }

    @Test
    void wholeRequestRefusalsAreProblems() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        String token = token(a);

        HttpResponse<String> noToken = send("POST", "/api/v1/feedback", batch());
        assertThat(noToken.statusCode()).isEqualTo(401);
        HttpResponse<String> badToken = post("not-a-token", batch());
        assertThat(badToken.statusCode()).isEqualTo(401);

        HttpResponse<String> noRecords = post(token, "{\"rekaman\":[]}");
        assertThat(noRecords.statusCode()).as(noRecords.body()).isEqualTo(400);
        assertThat(JSON.readTree(noRecords.body()).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
        assertThat(logged(noRecords).get("outcome")).isEqualTo("INVALID_PARAMETERS");

        HttpResponse<String> wrongShape = post(token, "{\"records\":[{\"nik\":\"1\",\"victim\":{\"incidentDate\":\"kemarin\"}}]}");
        assertThat(wrongShape.statusCode()).isEqualTo(400);

        String[] many = new String[1001];
        java.util.Arrays.fill(many, "{}");
        HttpResponse<String> tooMany = post(token, batch(many));
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(413);
        assertThat(JSON.readTree(tooMany.body()).get("code").asString()).isEqualTo("BATCH_TOO_LARGE");

        // a body above gerbang.access.max-feedback-body-bytes (1 MiB) is left unread, as on the compatible surface
        HttpResponse<String> oversized = post(token, batch("{\"pad\":\"" + "x".repeat(1_100_000) + "\"}"));
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
        assertThat(JSON.readTree(oversized.body()).get("code").asString()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(logged(oversized).get("outcome")).isEqualTo("INVALID_PARAMETERS");

        HttpResponse<String> longKey = post(token, batch(), "Idempotency-Key", "k".repeat(129));
        assertThat(longKey.statusCode()).isEqualTo(400);
        assertThat(rows(a)).isZero();
    }

    @Test
    void aFullBatchOfAThousandRecordsIsReadThoughItIsFarAboveTheLookupBound() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        // a NIK of its own (not in the register), so no other test's pages meet these 1,000 records
        String nik = "320410150390" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
        fixtures.lookedUp(a, nik, clock.instant());
        String[] records = new String[1000];
        for (int i = 0; i < records.length; i++) {
            records[i] = victim(nik, "K-" + i + "-" + "r".repeat(40));
        }
        String body = batch(records);
        assertThat(body.length()).as("far above max-body-bytes (64 KiB)").isGreaterThan(4 * 65_536);

        HttpResponse<String> sent = post(token(a), body);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(sent.body()).get("results");
        assertThat(results).hasSize(1000);
        assertThat(results.get(999).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(rows(a)).isEqualTo(1000);
    }

    @Test
    void anAgencyReadsOnlyItsOwnRecordsAndNoVictimDetails() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Arrangement b = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String tokenA = token(a);
        String tokenB = token(b);
        HttpResponse<String> sent = post(tokenA, batch(victim(FeedbackArrangements.NADIA, "K-1")));
        String recordId = JSON.readTree(sent.body()).get("results").get(0).get("recordId").asString();
        String query = "{\"nik\":\"" + FeedbackArrangements.NADIA + "\"}";

        HttpResponse<String> own = send("POST", "/api/v1/feedback/query", query, "Authorization", "Bearer " + tokenA);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode versions = JSON.readTree(own.body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("recordId").asString()).isEqualTo(recordId);
        assertThat(versions.get(0).get("victimHidden").asBoolean()).isTrue();
        assertThat(versions.get(0).get("victim").isNull()).isTrue();
        HttpResponse<String> byId = send("GET", "/api/v1/feedback/" + recordId, null, "Authorization", "Bearer " + tokenA);
        assertThat(byId.statusCode()).isEqualTo(200);

        HttpResponse<String> theirs = send("POST", "/api/v1/feedback/query", query, "Authorization", "Bearer " + tokenB);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(theirs.body())).isEmpty();
        HttpResponse<String> theirsById = send("GET", "/api/v1/feedback/" + recordId, null, "Authorization", "Bearer " + tokenB);
        assertThat(theirsById.statusCode()).isEqualTo(404);

        HttpResponse<String> badNik = send("POST", "/api/v1/feedback/query", "{\"nik\":\"12\"}", "Authorization", "Bearer " + tokenA);
        assertThat(badNik.statusCode()).isEqualTo(422);
        HttpResponse<String> anonymous = send("POST", "/api/v1/feedback/query", query);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
