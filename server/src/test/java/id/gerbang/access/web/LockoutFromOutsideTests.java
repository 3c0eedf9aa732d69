package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.registry.RecordStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Lockout is no weapon (issue 13 point 2, ADR 0026): wrong passwords sent from an address not
 * registered for the agency do not lock the service account out of its registered addresses;
 * from a registered address they still do.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class LockoutFromOutsideTests {

    static final String RATNA = "3204104501900003";

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @AfterEach
    void forgetFailures() {
        arrangements.forgetFailedSignIns();
    }

    private String call(String from, Arrangement a, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
        String body = "{\"nik\":\"" + RATNA + "\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + password
                + "\",\"ip_user\":\"10.20.30.40\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void failuresFromAnUnregisteredAddressDoNotLockTheRegisteredOnesOut() throws Exception {
        arrangements.family(RecordStatus.ACTIVE);
        Arrangement a = arrangements.arrange();
        for (int i = 0; i < 6; i++) {
            assertThat(call("127.0.0.33", a, "salah-" + i)).contains("\"RESPONSE_CODE\":\"03\"");
        }
        assertThat(call("127.0.0.1", a, a.password())).as("the agency's own client still gets its answer")
                .contains("\"NIK\":" + RATNA).doesNotContain("RESPONSE_CODE");
    }

    @Test
    void failuresFromARegisteredAddressStillLockTheUser() throws Exception {
        Arrangement a = arrangements.arrange();
        for (int i = 0; i < 5; i++) {
            assertThat(call("127.0.0.1", a, "salah-" + i)).contains("\"RESPONSE_CODE\":\"03\"");
        }
        assertThat(call("127.0.0.1", a, a.password())).contains("\"RESPONSE_CODE\":\"03\"");
    }
}
