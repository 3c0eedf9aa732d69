package id.gerbang.access.web;

import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.V1ResponseWriter;
import id.gerbang.access.internal.V1Service;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/persons/lookup} and {@code POST /api/v1/persons/verify}: the NIK travels in
 * the body, never in the URL (URLs end up in proxy and server logs).
 */
@RestController
@Tag(name = "v1")
@SecurityRequirement(name = "bearer")
class PersonsApiController {

    private final V1Service service;
    private final V1ResponseWriter writer;
    private final V1Responder responder;

    PersonsApiController(V1Service service, V1ResponseWriter writer, V1Responder responder) {
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
    void lookup(@AuthenticationPrincipal id.gerbang.account.AccountView account, HttpServletRequest request,
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
    void verify(@AuthenticationPrincipal id.gerbang.account.AccountView account, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        V1Service.Result result = service.verify(account, responder.source(request), responder.v1Request(request));
        responder.send(request, response, result.answer(), out -> writer.verification(out, result.answer(), result.threshold()));
    }
}
