package id.gerbang.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.account.Actor;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.UserApplication;
import id.gerbang.account.UserApplications;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.common.Roles;
import id.gerbang.quota.IncreaseRequest;
import id.gerbang.quota.IncreaseRequests;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cross-agency calls, generated from the administration API's own OpenAPI description (issue 13
 * point 6): every operation that takes an agency, a user or an id (in its path, its query or its
 * JSON body) is called by agency A's administrator, operator and service account with agency B's
 * ids, and must be refused (401, 403 or 404): never a success, never a state conflict that tells
 * the status of B's record. A new endpoint is covered as soon as it is in the description.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CrossAgencyApiTests {

    static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_ADMIN, null);
    static final Pattern NAMES_AN_OWNER = Pattern.compile("(?i)(^id$|agency|user|agreement|Id$)");
    static final Set<Integer> REFUSED = Set.of(401, 403, 404);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired IpRegistrations ips;
    @Autowired UserApplications applications;
    @Autowired IncreaseRequests increases;
    @Autowired Clock clock;
    @Autowired id.gerbang.report.SemesterReports semesterReports;

    private JsonNode components;

    /** Agency B's records, by the names the API gives their ids. */
    record Other(AgencyId agency, AgreementId agreement, String user, long ip, long application, long quota, long report) {
    }

    static RequestPostProcessor as(AccountFixtures.Login login) {
        RequestPostProcessor basic = httpBasic(login.user(), login.password());
        return request -> {
            request.setRemoteAddr("127.0.0.1");
            return basic.postProcessRequest(request);
        };
    }

    @Test
    void noOperationNamingAnotherAgencysRecordAnswersAgencyA() throws Exception {
        AccountFixtures fixtures = AccountFixtures.of(context);
        AgencyId a = fixtures.agency();
        AgreementId agreementA = fixtures.agreement(a, 100).id();
        AgencyId b = fixtures.agency();
        AgreementId agreementB = fixtures.agreement(b, 100).id();
        AccountFixtures.Login adminB = fixtures.user(Roles.AGENCY_ADMIN, b, null);
        Actor actorB = new Actor(adminB.user(), Roles.AGENCY_ADMIN, b);
        IpRegistration ipB = ips.request(actorB, null, "10.66.55.0/29", "Kantor B", "Jalan B No. 2");
        UserApplication applicationB = applications.submit(actorB, new UserApplications.Form(null, null,
                Roles.AGENCY_OPERATOR, "3273014107900001", "Pemohon B", null, UserApplication.EmploymentStatus.HONORER,
                "Pendamping", "32.73", "Kantor B", "Jalan B No. 1", "lokal.b"));
        byte[] pdf = "%PDF-1.4\nxxxxxxxxxxxxxxxxxxxx\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        IncreaseRequest quotaB = increases.submitWithStudy(actorB, agreementB, 987653,
                LocalDate.now(clock).plusDays(2), "Kajian B", "kajian-b.pdf", new ByteArrayInputStream(pdf));
        long reportB = semesterReports.current(actorB).id();
        Other other = new Other(b, agreementB, adminB.user(), ipB.id(), applicationB.id(), quotaB.id(), reportB);

        JsonNode description = json.readTree(mvc.perform(get("/v3/api-docs").with(as(fixtures.registryAdmin())))
                .andReturn().getResponse().getContentAsString());
        JsonNode paths = description.get("paths");
        components = description.path("components").path("schemas");
        List<AccountFixtures.Login> callers = List.of(fixtures.user(Roles.AGENCY_ADMIN, a, null),
                fixtures.user(Roles.AGENCY_OPERATOR, a, agreementA), fixtures.user(Roles.AGENCY_SERVICE, a, agreementA));

        List<String> answered = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int covered = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/v1/admin/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT));
                Call call = call(path.getKey(), op.getValue(), other);
                if (call == null) {
                    continue;
                }
                covered++;
                for (AccountFixtures.Login caller : callers) {
                    MockHttpServletResponse response = mvc.perform(call.build(method).with(as(caller))).andReturn()
                            .getResponse();
                    if (response.getStatus() == 415 && call.body() == null) {
                        // a raw body the description does not show (the study's PDF): send one
                        response = mvc.perform(call.build(method).contentType("application/pdf")
                                .content("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).with(as(caller)))
                                .andReturn().getResponse();
                    }
                    if (!REFUSED.contains(response.getStatus())) {
                        // a body the validation refuses before anyone's rights are checked tells nothing of B
                        if (response.getStatus() == 400 || response.getStatus() == 415 || response.getStatus() == 422) {
                            unchecked.add(method + " " + call.uri + " -> " + response.getContentAsString());
                            continue;
                        }
                        answered.add(method + " " + call.uri + " as " + caller.user() + " -> " + response.getStatus());
                    }
                }
            }
        }
        System.out.println("CrossAgencyApiTests: " + covered + " operations, refused only by validation: " + unchecked);
        assertThat(covered).as("operations that name an agency, a user or an id").isGreaterThan(20);
        assertThat(answered).as("calls with agency B's ids that agency A's accounts got answered").isEmpty();
    }

    /** One generated call: its URI, and its JSON body when the operation takes one. */
    record Call(String uri, String contentType, byte[] body) {

        MockHttpServletRequestBuilder build(HttpMethod method) {
            MockHttpServletRequestBuilder builder = request(method, uri);
            if (body != null) {
                builder.contentType(contentType).content(body);
            }
            return builder;
        }
    }

    /** The call with B's ids, or {@code null} when the operation names no agency, user or id. */
    private Call call(String template, JsonNode operation, Other other) throws Exception {
        boolean names = false;
        String uri = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            boolean owner = NAMES_AN_OWNER.matcher(name).find();
            names |= owner;
            String value = owner ? idFor(template, name, other) : sample(parameter.path("schema"));
            if ("path".equals(in)) {
                uri = uri.replace("{" + name + "}", value);
            } else if ("query".equals(in) && (owner || parameter.path("required").asBoolean())) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
            }
        }
        String contentType = null;
        byte[] body = null;
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            contentType = "application/json";
            Map<String, Object> fields = new LinkedHashMap<>();
            // every required field with a plausible value, so that validation lets the call reach
            // the check of who may act; then B's ids over it
            fields.putAll(sampleObject(content.get("application/json").path("schema")));
            fields.put("agencyId", other.agency().value());
            fields.put("agreementId", other.agreement().value());
            fields.put("userId", other.user());
            fields.put("reason", "uji lintas lembaga");
            body = json.writeValueAsBytes(fields);
            for (String property : resolve(content.get("application/json").path("schema")).path("properties")
                    .propertyNames()) {
                names |= property.equals("agencyId") || property.equals("userId") || property.equals("agreementId");
            }
        } else if (!content.propertyNames().isEmpty()) {
            contentType = content.propertyNames().iterator().next();
            body = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        }
        return names ? new Call(uri + query, contentType, body) : null;
    }

    /** B's id for a parameter: by its name, else by the resource the path names before it. */
    private static String idFor(String template, String name, Other other) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("agency")) {
            return Long.toString(other.agency().value());
        }
        if (n.contains("agreement")) {
            return Long.toString(other.agreement().value());
        }
        if (n.contains("user")) {
            return other.user();
        }
        int at = template.indexOf("{" + name + "}");
        String before = at < 0 ? template + "/" : template.substring(0, at);
        if (before.endsWith("/ips/")) {
            return Long.toString(other.ip());
        }
        if (before.endsWith("/user-applications/")) {
            return Long.toString(other.application());
        }
        if (before.endsWith("/semester-reports/")) {
            return Long.toString(other.report());
        }
        if (before.endsWith("/increase-requests/")) {
            return Long.toString(other.quota());
        }
        if (before.endsWith("/agreements/")) {
            return Long.toString(other.agreement().value());
        }
        if (before.endsWith("/agencies/")) {
            return Long.toString(other.agency().value());
        }
        return Long.toString(other.agency().value());
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private Map<String, Object> sampleObject(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (JsonNode required : resolved.path("required")) {
            String name = required.asString();
            fields.put(name, sampleValue(resolve(resolved.path("properties").path(name)), 0));
        }
        return fields;
    }

    private Object sampleValue(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.has("example") && !schema.get("example").isContainer()) {
            return schema.get("example").asString();
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("")) {
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> depth > 2 ? List.of() : List.of(sampleValue(resolve(schema.path("items")), depth + 1));
            case "object" -> depth > 2 ? Map.of() : sampleObject(schema);
            default -> "date".equals(format) ? LocalDate.now().plusDays(2).toString() : "uji-" + depth;
        };
    }

    private static String sample(JsonNode schema) {
        String format = schema.path("format").asString();
        if ("date".equals(format)) {
            return LocalDate.now().toString();
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> "x";
        };
    }
}
