package id.gerbang.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.gerbang.agreement.AgreementTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the module's administration API rejects callers without the right role with 403:
 * agency users always (an agency administrator without an agency of its own too), auditors for every
 * change. Endpoints are discovered from the handler mappings, so a new one is covered automatically.
 */
@AgreementTest
class AdminRoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {
        boolean read() {
            return method == HttpMethod.GET;
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().equals(AdminRoleTests.class.getPackageName())) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod m : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern.replaceAll("\\{[^}]+}", "1")));
                }
            }
        }
        return endpoints;
    }

    @Test
    void theModuleMapsItsEndpoints() {
        assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(24)
                .allSatisfy(e -> assertThat(e.path()).startsWith("/api/v1/admin/"));
    }

    @Test
    void agencyUsersAreRejectedEverywhere() throws Exception {
        for (String role : List.of("AGENCY_OPERATOR", "AGENCY_SERVICE", "AGENCY_ADMIN")) {
            assertThat(notForbidden(endpoints(), user("agency.user").roles(role))).as(role).isEmpty();
        }
    }

    @Test
    void auditorsCannotChangeAnything() throws Exception {
        List<Endpoint> changes = endpoints().stream().filter(e -> !e.read()).toList();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(12);
        assertThat(notForbidden(changes, user("auditor").roles("REGISTRY_AUDITOR"))).isEmpty();
    }

    @Test
    void auditorsAndAdministratorsReadEverything() throws Exception {
        List<Endpoint> reads = endpoints().stream().filter(Endpoint::read).toList();
        for (String role : List.of("REGISTRY_AUDITOR", "REGISTRY_ADMIN")) {
            List<String> forbidden = new ArrayList<>();
            for (Endpoint e : reads) {
                int status = call(e, user("staff").roles(role));
                if (status == 403 || status == 401) {
                    forbidden.add(e + " -> " + status);
                }
            }
            assertThat(forbidden).as(role).isEmpty();
        }
    }

    private List<String> notForbidden(List<Endpoint> endpoints, RequestPostProcessor caller) throws Exception {
        List<String> open = new ArrayList<>();
        for (Endpoint e : endpoints) {
            int status = call(e, caller);
            if (status != 403) {
                open.add(e + " -> " + status);
            }
        }
        return open;
    }

    private int call(Endpoint e, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request(e.method(), e.path()).with(caller)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();
    }
}
