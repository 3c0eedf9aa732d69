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
 * Data balikan on the compatible surface ({@code CALL_DATA_BALIKAN}) over real HTTP on both
 * databases: user ID and password are not enough, the web-service token of juknis 3.a is required
 * and checked; the codes 30-39; every call in the access log.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FeedbackArrangements.class)
class CompatibleFeedbackTests {

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

    HttpResponse<String> call(Arrangement a, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dukcapil/get_json/"
                        + a.agencyCode() + "/CALL_DATA_BALIKAN"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String body(Arrangement a, String token, String records, String... extra) {
        StringBuilder b = new StringBuilder("{\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"");
        if (token != null) {
            b.append(",\"token\":\"").append(token).append('"');
        }
        for (String e : extra) {
            b.append(',').append(e);
        }
        if (records != null) {
            b.append(",\"records\":[").append(records).append(']');
        }
        return b.append('}').toString();
    }

    static JsonNode element(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(r.body());
        assertThat(root.get("lastPage").asBoolean()).isTrue();
        return root.get("content").get(0);
    }

    Map<String, Object> logged(HttpResponse<String> r) {
        return jdbc.sql("select outcome, channel, operation, user_id from audit_access_log where request_id = ?")
                .param(r.headers().firstValue("X-Request-Id").orElseThrow()).query().singleRow();
    }

    long rows(Arrangement a) {
        return jdbc.sql("select count(*) from feedback_record where agency_id = ?").param(a.agency().value())
                .query(Long.class).single();
    }

    @Test
    void withTheTokenTheBatchIsAnsweredRecordByRecord() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());

        HttpResponse<String> r = call(a, body(a, a.webServiceToken(), FeedbackApiTests.victim(FeedbackArrangements.NADIA, "K-1")
                + "," + FeedbackApiTests.victim(FeedbackArrangements.HENDRA, "K-2")
                + ",{\"nik\":\"3204105208150001\",\"kind\":\"VICTIM\",\"caseReference\":\"K-3\"}"));

        JsonNode e = element(r);
        assertThat(e.get("RESPONSE_CODE").asString()).isEqualTo("01");
        assertThat(e.get("ACCEPTED").asInt()).isEqualTo(1);
        JsonNode results = e.get("RESULTS");
        assertThat(results.get(0).get("STATUS").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(0).get("RECORD_ID").asString()).isNotBlank();
        assertThat(results.get(1).get("RESPONSE_CODE").asString()).isEqualTo("35");
        assertThat(results.get(1).get("ERROR").asString()).isEqualTo("NIK_NOT_LOOKED_UP");
        assertThat(results.get(2).get("RESPONSE_CODE").asString()).isEqualTo("34");
        assertThat(rows(a)).isEqualTo(1);
        Map<String, Object> entry = logged(r);
        assertThat(entry.get("operation")).isEqualTo("FEEDBACK");
        assertThat(entry.get("outcome")).isEqualTo("FEEDBACK_RECEIVED");
        assertThat(entry.get("channel")).isEqualTo("WEB_SERVICE_COMPATIBLE");
        assertThat(entry.get("user_id")).isEqualTo(a.userId());
    }

    @Test
    void theTokenIsRequiredAndChecked() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Arrangement b = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String record = FeedbackApiTests.victim(FeedbackArrangements.NADIA, "K-1");

        for (String token : new String[] {null, "", a.webServiceToken() + "x", b.webServiceToken()}) {
            HttpResponse<String> r = call(a, body(a, token, record));
            JsonNode e = element(r);
            assertThat(e.get("RESPONSE_CODE").asString()).as(String.valueOf(token)).isEqualTo("30");
            assertThat(e.get("RESPON").asString()).isEqualTo("Token Web Service Tidak Sesuai");
            assertThat(logged(r).get("outcome")).isEqualTo("LOGIN_FAILED");
            assertThat(logged(r).get("operation")).isEqualTo("FEEDBACK");
        }
        assertThat(rows(a)).isZero();

        // a wrong password is answered as for any other method, before the token is looked at
        HttpResponse<String> wrong = call(a, body(a, a.webServiceToken(), record).replace(a.password(), a.password() + "x"));
        assertThat(element(wrong).get("RESPONSE_CODE").asString()).isEqualTo("03");
    }

    @Test
    void batchRefusalsHaveTheirCodes() throws Exception {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String token = a.webServiceToken();

        assertThat(element(call(a, body(a, token, null))).get("RESPONSE_CODE").asString()).isEqualTo("32");
        String[] many = new String[1001];
        java.util.Arrays.fill(many, "{}");
        // 1,001 empty records fit in the compatible body limit (64 KiB)
        assertThat(element(call(a, body(a, token, String.join(",", many)))).get("RESPONSE_CODE").asString()).isEqualTo("31");

        String record = FeedbackApiTests.victim(FeedbackArrangements.NADIA, "K-1");
        HttpResponse<String> first = call(a, body(a, token, record, "\"idempotency_key\":\"kunci-1\""));
        HttpResponse<String> again = call(a, body(a, token, record, "\"idempotency_key\":\"kunci-1\""));
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> other = call(a, body(a, token, FeedbackApiTests.victim(FeedbackArrangements.NADIA, "K-2"),
                "\"idempotency_key\":\"kunci-1\""));
        assertThat(element(other).get("RESPONSE_CODE").asString()).isEqualTo("33");
        assertThat(rows(a)).isEqualTo(1);
    }
}
