package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.AccessGate;
import id.gerbang.access.internal.Admission;
import id.gerbang.access.internal.FeedbackCalls;
import id.gerbang.account.AccountView;
import id.gerbang.account.Actor;
import id.gerbang.feedback.FeedbackRecordView;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data balikan by web service, v1 (docs/feedback.md): {@code POST /api/v1/feedback} sends a batch,
 * {@code POST /api/v1/feedback/query} and {@code GET /api/v1/feedback/{recordId}} read the agency's
 * own records back. The NIK of a query travels in the body, never in the URL (as for lookups). The
 * service account sees that victim information exists, not what it says ({@code victimHidden}):
 * only the agency's administrator and operators read it, in the portal.
 */
@RestController
@Tag(name = "v1")
@SecurityRequirement(name = "bearer")
class FeedbackApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FeedbackCalls calls;
    private final FeedbackRecords feedback;
    private final AccessGate gate;
    private final V1Responder responder;

    FeedbackApiController(FeedbackCalls calls, FeedbackRecords feedback, AccessGate gate, V1Responder responder) {
        this.calls = calls;
        this.feedback = feedback;
        this.gate = gate;
        this.responder = responder;
    }

    @PostMapping("/api/v1/feedback")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(summary = "Send data balikan: a batch of up to gerbang.feedback.max-batch (1,000) records",
            description = "Each record is judged on its own (form, a lookup of the NIK by the agency within the window, "
                    + "the kinds and methods of the agreement's terms, versions): the answer has one result per record, "
                    + "in order: ACCEPTED (a new version), DUPLICATE (the latest version says the same; nothing stored) or "
                    + "REFUSED with its code. With an Idempotency-Key, the same key and the same body again get the stored "
                    + "answer (header Idempotency-Replayed: true) and store nothing; the same key with another body is "
                    + "refused 409 IDEMPOTENCY_KEY_REUSED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = V1Bodies.FeedbackBatchBody.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The batch was judged; see each result",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V1Bodies.FeedbackBatchResponse.class))),
                    @ApiResponse(responseCode = "4XX", description = "401 (token), 403 (user, agency, agreement, channel, address), "
                            + "400 MALFORMED_REQUEST (no records array, a record of the wrong shape, a bad Idempotency-Key), "
                            + "409 IDEMPOTENCY_KEY_REUSED, 413 BATCH_TOO_LARGE (more records than allowed, or a body above "
                            + "gerbang.access.max-feedback-body-bytes, 1 MiB)",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void submit(@AuthenticationPrincipal AccountView account,
            @Parameter(description = "Any string up to 128 characters, new for each different batch; kept per agency")
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = responder.feedbackBody(request); // null: larger than max-feedback-body-bytes, 413
        FeedbackCalls.V1Reply reply = calls.v1(account, responder.source(request), idempotencyKey, body);
        if (reply.error() != null) {
            response.setHeader("X-Request-Id", reply.requestId());
            response.setHeader("Cache-Control", "no-store");
            throw reply.error(); // problem details by the common advice
        }
        if (reply.refusal() != null || reply.reply() == null) {
            responder.problem(request, response, reply.refusal() == null ? ServiceOutcome.SERVICE_ERROR : reply.refusal(),
                    reply.requestId(), null, null);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(V1Responder.JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Request-Id", reply.requestId());
        if (reply.reply().replayed()) {
            response.setHeader("Idempotency-Replayed", "true");
        }
        response.getOutputStream().write(reply.reply().body());
    }

    @PostMapping("/api/v1/feedback/query")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(summary = "The agency's own data balikan about a NIK, every version, oldest first",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = V1Bodies.FeedbackQueryBody.class))),
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = FeedbackRecordView.class)))),
                    @ApiResponse(responseCode = "4XX", description = "401, 403, 422 NIK_FORMAT_INVALID",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void query(@AuthenticationPrincipal AccountView account, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Admission admission = gate.admitAccount(account, responder.source(request), null, a -> true);
        if (!admission.isAdmitted()) {
            responder.problem(request, response, admission.refusal(), null, null, null);
            return;
        }
        String nik = responder.v1Request(request).nik();
        Nik parsed;
        try {
            parsed = nik == null ? null : Nik.parse(nik);
        } catch (InvalidNikException e) {
            parsed = null;
        }
        if (parsed == null) {
            responder.problem(request, response, ServiceOutcome.NIK_FORMAT_INVALID, null, null, null);
            return;
        }
        send(response, feedback.byNik(parsed, actor(account)));
    }

    @GetMapping("/api/v1/feedback/{recordId}")
    @PreAuthorize("hasRole('AGENCY_SERVICE')")
    @Operation(summary = "The versions of one of the agency's records, by its recordId; 404 for another agency's",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = FeedbackRecordView.class)))),
                    @ApiResponse(responseCode = "4XX", description = "401, 403, 404 NOT_FOUND",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = V1Bodies.Problem.class)))})
    void record(@AuthenticationPrincipal AccountView account, @PathVariable String recordId, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Admission admission = gate.admitAccount(account, responder.source(request), null, a -> true);
        if (!admission.isAdmitted()) {
            responder.problem(request, response, admission.refusal(), null, null, null);
            return;
        }
        List<FeedbackRecordView> versions = recordId.length() > 36 ? List.of() : feedback.versions(recordId, actor(account));
        if (versions.isEmpty()) {
            responder.problem(request, response, ServiceOutcome.NOT_FOUND, null, null, null);
            return;
        }
        send(response, versions);
    }

    private static Actor actor(AccountView account) {
        return new Actor(account.userId().value(), account.role(), account.agency());
    }

    private static void send(HttpServletResponse response, List<FeedbackRecordView> views) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(V1Responder.JSON);
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), views);
    }
}
