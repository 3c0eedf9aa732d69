package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.internal.CompatibleRequest;
import id.gerbang.access.internal.CompatibleRequest.BodyForm;
import id.gerbang.access.internal.CompatibleRequestParser;
import id.gerbang.common.JsonLimits;
import id.gerbang.registry.Nik;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work a request can cause before it is authenticated is bounded (issue 13 point 3): every JSON
 * parser reads within {@link JsonLimits} and refuses a body beyond them through Jackson's read
 * constraints; a number is never expanded ({@code 1e600000000} took a core for minutes as a
 * {@code BigInteger}). The timeout only stops a regression from hanging the build; the timings are
 * measured against the packaged jar (see the closing note).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileRequestTests {

    static final String DEEP = "[".repeat(JsonLimits.MAX_NESTING_DEPTH + 5) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH + 5);
    static final String LONG_NUMBER = "1".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1);
    static final String LONG_STRING = "a".repeat(JsonLimits.MAX_STRING_LENGTH + 1);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper springMapper;

    static CompatibleRequest compatible(String body) {
        return CompatibleRequestParser.parse(body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void theCompatibleParserKeepsHugeExponentsAsTextForTheNikRules() {
        for (String n : List.of("1e600000000", "1e10000000", "-1e600000000", "9.9E+999999999")) {
            CompatibleRequest r = compatible("{\"nik\":" + n + "}");
            assertThat(r.nik()).isEqualTo(n);
            assertThat(Nik.isValid(r.nik())).isFalse();
            CompatibleRequest t = compatible("{\"threshold\":" + n + "}");
            assertThat(t.threshold()).isEqualTo(n);
        }
    }

    @Test
    void theCompatibleParserRefusesBodiesBeyondTheConstraints() {
        assertThat(compatible("{\"nik\":" + LONG_NUMBER + "}").bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(compatible("{\"x\":" + DEEP + ",\"nik\":\"3204104501900003\"}").bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(compatible("{\"x\":\"" + LONG_STRING + "\"}").bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(compatible("{\"" + "k".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\":1}").bodyForm())
                .isEqualTo(BodyForm.UNREADABLE);
        // within them, read as before
        assertThat(compatible("{\"nik\":3204104501900003}").nik()).isEqualTo("3204104501900003");
    }

    @Test
    void theV1ReaderNeverExpandsANumber() {
        assertThat(V1Bodies.read(bytes("{\"nik\":1e600000000}")).nik()).isEqualTo("1E+600000000");
        assertThat(V1Bodies.read(bytes("{\"nik\":-1e400,\"threshold\":1e400}")).threshold()).isEqualTo("1E+400");
        assertThat(V1Bodies.read(bytes("{\"nik\":\"3204104501900003\",\"threshold\":80.0}")).threshold()).isEqualTo("80.0");
        assertThat(V1Bodies.read(bytes("{\"nik\":" + LONG_NUMBER + "}")).readable()).isFalse();
        assertThat(V1Bodies.read(bytes("{\"elements\":" + DEEP + "}")).readable()).isFalse();
    }

    @Test
    void springsMapperForTheAdminApiAndTokenReadsWithinTheConstraints() {
        assertThat(springMapper.tokenStreamFactory().streamReadConstraints().getMaxNumberLength())
                .isEqualTo(JsonLimits.MAX_NUMBER_LENGTH);
        assertThatThrownBy(() -> springMapper.readTree(DEEP)).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> springMapper.readTree("{\"n\":" + LONG_NUMBER + "}")).isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void hostileBodiesOverHttpAreAnswered() throws Exception {
        SurfaceClient client = new SurfaceClient(port);
        for (String body : List.of("{\"nik\":1e600000000}", "{\"nik\":1e10000000}", "{\"nik\":" + LONG_NUMBER + "}",
                "{\"nik\":" + DEEP + "}")) {
            HttpResponse<String> r = client.post("/CALL_NIK", body);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("RESPONSE_CODE");
            HttpResponse<String> token = client.post("/api/v1/token", "{\"userId\":" + body + ",\"password\":1e600000000}");
            assertThat(token.statusCode()).isBetween(400, 499);
        }
        // the admin API refuses the anonymous body before reading it; a signed-in one reads within the limits
        assertThat(client.post("/api/v1/admin/users", "{\"x\":1e600000000}").statusCode()).isEqualTo(401);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
