package id.gerbang.access.web;

import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.V1Request;
import id.gerbang.access.internal.V1ResponseWriter;
import id.gerbang.access.internal.V1Service;
import id.gerbang.account.AccountView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The v1 register reads, all answered by {@link V1Service} and written by {@link V1ResponseWriter}
 * through {@link V1Responder}:
 * <ul>
 * <li>{@code POST /api/v1/persons/lookup} and {@code POST /api/v1/persons/verify}: the NIK travels in
 * the body, never in the URL (URLs end up in proxy and server logs);</li>
 * <li>the members of a family card, when the agreement grants {@code NO_KK}: by card number
 * ({@code GET /api/v1/families/{noKk}}: a card number is not a person's identifier), or by a member's
 * NIK or the card number in a body ({@code POST /api/v1/families/lookup}), so that a NIK never has to
 * appear in a URL.</li>
 * </ul>
 */
@RestController
@Tag(name = "v1")
@SecurityRequirement(name = "bearer")
class RegisterReadsApiController {

    private final V1Service service;
    private final V1ResponseWriter writer;
    private final V1Responder responder;

    RegisterReadsApiController(V1Service service, V1ResponseWriter writer, V1Responder responder) {
        this.service = service;
        this.writer = writer;
        this.responder = responder;
    }

    @PostMapping("/api/v1/persons/lookup")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(summary = "One person by NIK: only the elements the agreement grants",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = V1Bodies.LookupBody.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.PersonResponse.class))),
                    @ApiResponse(responseCode = "4XX", description = "401, 403, 404 (not found), 409 (deceased, blocked, inactive), "
                            + "422 (invalid request or NIK), 429 (quota; Retry-After)",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void lookup(@AuthenticationPrincipal AccountView account, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Answer answer = service.lookup(account, responder.source(request), responder.v1Request(request));
        responder.send(request, response, answer, out -> writer.person(out, answer));
    }

    @PostMapping("/api/v1/persons/verify")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(summary = "Verification by elements: per element whether the caller's value matches; no stored value is returned",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = V1Bodies.VerifyBody.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.VerificationResponse.class))),
                    @ApiResponse(responseCode = "4XX", description = "as lookup; 403 ELEMENT_NOT_GRANTED for an element the agreement "
                            + "does not grant, 422 for an unknown element",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void verify(@AuthenticationPrincipal AccountView account, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        V1Service.Result result = service.verify(account, responder.source(request), responder.v1Request(request));
        responder.send(request, response, result.answer(), out -> writer.verification(out, result.answer(), result.threshold()));
    }

    @GetMapping("/api/v1/families/{noKk}")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    // operationIds as published before the persons and families controllers became one (generated clients keep their names)
    @Operation(operationId = "byCard", summary = "The active members of family card noKk, head first",
            parameters = {
                    @Parameter(in = ParameterIn.HEADER, name = "X-Purpose", description = "Purpose or case reference, "
                            + "recorded in the access log (at most 200 characters); required when the agreement says so"),
                    @Parameter(in = ParameterIn.HEADER, name = "X-Local-User", description = "The agency's local end user "
                            + "on whose behalf the call is made, recorded in the access log and shown in the NIK's access "
                            + "history (at most 128 characters, longer is 422 INVALID_PARAMETERS); required when the "
                            + "agreement says so")},
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.FamilyResponse.class))),
                    @ApiResponse(responseCode = "4XX", description = "401, 403 (incl. ELEMENT_NOT_GRANTED without NO_KK), 404, 422, 429",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void familyByCard(@AuthenticationPrincipal AccountView account, @PathVariable String noKk, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        V1Request body = new V1Request(true, null, noKk, Map.of(), null, request.getHeader("X-Purpose"),
                request.getHeader("X-Local-User"));
        Answer answer = service.family(account, responder.source(request), body);
        responder.send(request, response, answer, out -> writer.family(out, answer));
    }

    @PostMapping("/api/v1/families/lookup")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(operationId = "lookup_1", summary = "The active members of the family of a NIK (or of a card number)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = V1Bodies.FamilyBody.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.FamilyResponse.class))),
                    @ApiResponse(responseCode = "4XX", description = "as GET /api/v1/families/{noKk}",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void familyLookup(@AuthenticationPrincipal AccountView account, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Answer answer = service.family(account, responder.source(request), responder.v1Request(request));
        responder.send(request, response, answer, out -> writer.family(out, answer));
    }
}
