package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.Quotas;
import id.gerbang.registry.RecordStatus;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No data call is taken before the application is ready (issue 13 point 13): while Spring Boot's
 * readiness state is not ACCEPTING_TRAFFIC (as between "Started" and the end of the demo
 * population's loading) the compatible surface answers 08, v1 503; no quota is used; the call is
 * in the access log.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccessArrangements.class)
class ReadinessTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessArrangements arrangements;

    @Autowired
    ApplicationContext context;

    @Autowired
    Quotas quotas;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    SurfaceClient client;

    @BeforeEach
    void register() {
        arrangements.family(RecordStatus.ACTIVE);
        client = new SurfaceClient(port);
    }

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        arrangements.forgetFailedSignIns();
    }

    @Test
    void callsBeforeReadinessAreRefusedWithoutQuota() throws Exception {
        Arrangement a = arrangements.arrange();
        String token = client.token(a.userId(), a.password());
        LocalDate today = JakartaTime.today(clock);
        long before = quotas.usage(a.agreement(), today).used();

        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        HttpResponse<String> compatible = client.post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK",
                "{\"nik\":\"3204104501900003\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(SurfaceClient.code(compatible)).as(compatible.body()).isEqualTo("08");
        assertThat(compatible.body()).doesNotContain("RATNA");
        HttpResponse<String> v1 = client.post("/api/v1/persons/lookup", "{\"nik\":\"3204104501900003\"}",
                "Authorization", "Bearer " + token);
        assertThat(v1.statusCode()).isEqualTo(503);
        assertThat(v1.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(quotas.usage(a.agreement(), today).used()).isEqualTo(before);
        assertThat(SurfaceClient.logged(jdbc, compatible)).isNotNull().containsEntry("outcome", "SERVICE_ERROR");
        assertThat(SurfaceClient.logged(jdbc, v1)).isNotNull().containsEntry("outcome", "SERVICE_ERROR");

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        HttpResponse<String> after = client.post("/dukcapil/get_json/" + a.agencyCode() + "/CALL_NIK",
                "{\"nik\":\"3204104501900003\",\"user_id\":\"" + a.userId() + "\",\"password\":\"" + a.password() + "\"}");
        assertThat(after.body()).contains("\"NIK\":3204104501900003");
        assertThat(quotas.usage(a.agreement(), today).used()).isEqualTo(before + 1);
    }
}
