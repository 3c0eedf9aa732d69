package id.gerbang.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.gerbang.access.internal.AccessProperties;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.CompatibleService;
import id.gerbang.access.internal.Labels;
import id.gerbang.access.internal.OutcomeTexts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter's own decisions, without a server: which paths it answers, and that a defect below it
 * still gets the protocol's envelope (code 08), never an error page. The whole surface over HTTP is
 * in {@link CompatibleSurfaceTests}.
 */
class CompatibleEndpointTests {

    final CompatibleService service = mock(CompatibleService.class);
    final FilterChain chain = mock(FilterChain.class);
    final CompatibleEndpoint endpoint = new CompatibleEndpoint(service, new CompatibleResponseWriter(mock(Labels.class)),
            new OutcomeTexts(Map.of()), new ClientAddresses(List.of()),
            new AccessProperties("/CALL_NIK", null, null, null, null, false, 90, null, false, 65536, 1048576, Duration.ofSeconds(60),
                    Duration.ofMinutes(30)),
            new SimpleMeterRegistry());

    static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        request.setContent("{}".getBytes());
        return request;
    }

    @Test
    void theShapesOfTheProtocol() {
        assertThat(CompatibleEndpoint.segments("DP3AKB/CALL_NIK")).containsExactly("DP3AKB", "CALL_NIK");
        assertThat(CompatibleEndpoint.segments("DP3AKB/CALL_NIK/")).containsExactly("DP3AKB", "CALL_NIK");
        assertThat(CompatibleEndpoint.segments("3204/ws.uji/CALL_NIK")).containsExactly("3204", "ws.uji", "CALL_NIK");
        assertThat(CompatibleEndpoint.segments("")).isNull();
        assertThat(CompatibleEndpoint.segments("/")).isNull();
        assertThat(CompatibleEndpoint.segments("a//b")).isNull();
    }

    @Test
    void otherPathsGoOnDownTheChain() throws Exception {
        for (String path : List.of("/dukcapil/get_json/a/b/c/d", "/dukcapil/get_json/x", "/CALL_NIK_X", "/api/v1/token")) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockHttpServletRequest request = post(path);
            endpoint.doFilter(request, response, chain);
            verify(chain).doFilter(request, response);
        }
        verify(service, never()).handle(anyString(), any(), any(), any(), any());
    }

    @Test
    void anotherMethodIsRefusedWith405() throws Exception {
        MockHttpServletRequest request = post("/CALL_NIK");
        request.setMethod("GET");
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST");
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    void aDefectBelowIsAnsweredWithTheEnvelopeOfCode08() throws Exception {
        when(service.handle(anyString(), any(), any(), any(), any()))
                .thenThrow(new IllegalStateException("unexpected for NIK 3204104501900003"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        endpoint.doFilter(post("/dukcapil/get_json/DP3AKB/CALL_NIK"), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"RESPONSE_CODE\":\"08\"").startsWith("{\"content\":[");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        verify(chain, never()).doFilter(any(), any());
    }
}
