package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.access.Golden;
import id.gerbang.agreement.Channel;
import id.gerbang.registry.RecordStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment behind a reverse proxy at 127.0.0.1 that also demands the claimed {@code ip_user}
 * be registered: the forwarded-for address is believed from the trusted proxy only.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
@TestPropertySource(properties = {
        "gerbang.access.trusted-proxies=127.0.0.1",
        "gerbang.access.claimed-ip-must-be-registered=true"})
class TrustedProxyTests {

    static final String RATNA = "3204104501900003";

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    HttpResponse<String> call(Arrangement a, String claimed, String... headers) throws Exception {
        String body = "{\"nik\":\"" + RATNA + "\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\""
                + (claimed == null ? "" : ",\"ip_user\":\"" + claimed + "\"") + "}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dukcapil/get_json/"
                + a.agencyCode() + "/CALL_NIK")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void golden(HttpResponse<String> r, String name) {
        assertThat(r.statusCode()).isEqualTo(200);
        Golden.assertMatches(name, r.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theForwardedAddressOfATrustedProxyIsTheSourceAndTheClaimedOneMustBeRegisteredToo() throws Exception {
        arrangements.family(RecordStatus.ACTIVE);
        Arrangement a = arrangements.arrange(AccessArrangements.PKS, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE),
                List.of("198.51.100.20", "192.168.10.0/24"));
        golden(call(a, "192.168.10.7", "X-Forwarded-For", "198.51.100.20"), "lookup-found-pks");
        // without the header the source is the proxy itself, which is not registered
        golden(call(a, "192.168.10.7"), "lookup-error-ip-not-registered");
        // a forged hop to the left of the real client changes nothing
        golden(call(a, "192.168.10.7", "X-Forwarded-For", "10.6.6.6, 198.51.100.20"), "lookup-found-pks");
        golden(call(a, "10.6.6.6", "X-Forwarded-For", "198.51.100.20"), "lookup-error-ip-not-registered");
        golden(call(a, "bukan-alamat", "X-Forwarded-For", "198.51.100.20"), "lookup-error-invalid-ip");
        golden(call(a, null, "X-Forwarded-For", "198.51.100.20"), "lookup-error-credentials-missing");
    }
}
