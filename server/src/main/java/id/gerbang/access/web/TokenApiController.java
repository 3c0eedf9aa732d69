package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.AccessGate;
import id.gerbang.access.internal.AccessTokens;
import id.gerbang.access.internal.Admission;
import id.gerbang.access.internal.V1ResponseWriter;
import id.gerbang.common.FormPairs;
import id.gerbang.common.JsonLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/token}: a service account's user id and password (JSON, or the OAuth 2.0
 * client-credentials form, or HTTP Basic) for a bearer token of {@code gerbang.access.token-ttl}.
 * The same checks as a compatible call, up to the registered source address, decide; a token is
 * issued only to a caller that could call the data endpoints now. Token requests read no
 * population data and are not in the access log (failed passwords count towards lockout in the
 * account module).
 */
@RestController
@Tag(name = "v1", description = "Gerbang's population-data API")
class TokenApiController {

    /** Within {@link JsonLimits}: this body is read before anyone is authenticated. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonLimits.factory()).build();

    private final AccessGate gate;
    private final AccessTokens tokens;
    private final V1ResponseWriter writer;
    private final V1Responder responder;

    TokenApiController(AccessGate gate, AccessTokens tokens, V1ResponseWriter writer, V1Responder responder) {
        this.gate = gate;
        this.tokens = tokens;
        this.writer = writer;
        this.responder = responder;
    }

    @PostMapping("/api/v1/token")
    @PreAuthorize("permitAll()") // the credentials are in the request; AccessGate checks them
    @Operation(summary = "A bearer token for the service account",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.TokenBody.class)),
                    @Content(mediaType = "application/x-www-form-urlencoded")}),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.TokenResponse.class))),
                    @ApiResponse(responseCode = "401", description = "Missing or wrong credentials, locked account",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class))),
                    @ApiResponse(responseCode = "403", description = "User, agency or agreement inactive; channel not allowed; address not registered",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void token(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = responder.body(request);
        if (body == null) {
            responder.problem(request, response, ServiceOutcome.INVALID_PARAMETERS, null, "invalid_request", null);
            return;
        }
        Map<String, String> fields = fields(body);
        String grant = fields.get("grant_type");
        String user = first(fields, "userId", "user_id", "client_id");
        String password = first(fields, "password", "client_secret");
        String basic = request.getHeader("Authorization");
        if ((user == null || password == null) && basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(basic.substring(6).strip());
            if (pair != null) {
                user = pair[0];
                password = pair[1];
            }
        }
        if (grant != null && !grant.equals("client_credentials")) {
            responder.problem(request, response, ServiceOutcome.INVALID_PARAMETERS, null, "unsupported_grant_type", null);
            return;
        }
        InetAddress source = responder.source(request);
        Admission admission = gate.admit(user, password, source, null, a -> true);
        if (!admission.isAdmitted()) {
            responder.problem(request, response, admission.refusal(), null, oauthError(admission.refusal()), null);
            return;
        }
        AccessTokens.Issued issued = tokens.issue(admission.caller().userId());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(V1Responder.JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        writer.token(response.getOutputStream(), issued, tokens.ttl().toSeconds());
    }

    private static @Nullable String oauthError(ServiceOutcome outcome) {
        return switch (outcome) {
            case CREDENTIALS_MISSING -> "invalid_request";
            case LOGIN_FAILED, ACCOUNT_LOCKED -> "invalid_client";
            default -> "unauthorized_client";
        };
    }

    private static Map<String, String> fields(byte @Nullable [] body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.length == 0) {
            return fields;
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) {
            try {
                JsonNode root = JSON.readTree(text);
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (e.getValue().isString()) {
                        fields.put(e.getKey(), e.getValue().asString());
                    }
                }
            } catch (JacksonException e) {
                return fields;
            }
            return fields;
        }
        FormPairs.decode(text, (name, value) -> {
            if (value != null && !name.isEmpty()) {
                fields.put(name, value);
            }
        });
        return fields;
    }

    private static @Nullable String first(Map<String, String> fields, String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** RFC 6749 2.3.1: client id and secret are form-url-encoded before Base64. */
    private static String @Nullable [] decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
