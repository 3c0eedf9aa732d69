package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.AccessProperties;
import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.V1Request;
import id.gerbang.access.internal.V1ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The v1 controllers' shared plumbing: the caller's address ({@link ClientAddresses}), the
 * request body read once and bounded ({@link BoundedBody}, {@code gerbang.access.max-body-bytes}),
 * and the answers. Sends v1 answers: the status of the outcome, {@code Cache-Control: no-store} on everything,
 * {@code X-Request-Id} (the access log's) on every logged call, {@code Retry-After} (seconds to
 * the next Jakarta midnight) on a used-up quota, problem details for every refusal.
 */
@Component
class V1Responder {

    static final String JSON = "application/json;charset=UTF-8";
    static final String PROBLEM = "application/problem+json;charset=UTF-8";

    interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private final V1ResponseWriter writer;
    private final Clock clock;
    private final ClientAddresses addresses;
    private final int maxBodyBytes;
    private final int maxFeedbackBodyBytes;

    V1Responder(V1ResponseWriter writer, Clock clock, ClientAddresses addresses, AccessProperties properties) {
        this.writer = writer;
        this.clock = clock;
        this.addresses = addresses;
        this.maxBodyBytes = properties.maxBodyBytes();
        this.maxFeedbackBodyBytes = properties.maxFeedbackBodyBytes();
    }

    /** The caller's real address. */
    InetAddress source(HttpServletRequest request) {
        return addresses.resolve(request);
    }

    /** The raw body, {@code null} when larger than {@code gerbang.access.max-body-bytes}. */
    byte @Nullable [] body(HttpServletRequest request) throws IOException {
        return BoundedBody.read(request, maxBodyBytes);
    }

    /** A data-balikan batch's raw body, {@code null} when larger than {@code gerbang.access.max-feedback-body-bytes}. */
    byte @Nullable [] feedbackBody(HttpServletRequest request) throws IOException {
        return BoundedBody.read(request, maxFeedbackBodyBytes);
    }

    /** The body read leniently as a v1 request (unreadable when too large or not JSON). */
    V1Request v1Request(HttpServletRequest request) throws IOException {
        return V1Bodies.read(body(request));
    }

    /** A found answer through {@code body}; a refusal as a problem. */
    void send(HttpServletRequest request, HttpServletResponse response, Answer answer, Body body) throws IOException {
        response.setHeader("X-Request-Id", answer.requestId());
        if (answer.outcome().isError()) {
            problem(request, response, answer.outcome(), answer.requestId(), null, answer.retryAt());
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        body.write(response.getOutputStream());
    }

    void problem(HttpServletRequest request, HttpServletResponse response, ServiceOutcome outcome,
            @Nullable String requestId, @Nullable String oauthError, java.time.@Nullable Instant retryAt)
            throws IOException {
        // a lock is reported as a failed login, so the answer never confirms that a user exists
        ServiceOutcome shown = outcome == ServiceOutcome.ACCOUNT_LOCKED ? ServiceOutcome.LOGIN_FAILED : outcome;
        if (requestId != null) {
            response.setHeader("X-Request-Id", requestId);
        }
        if (retryAt != null) {
            long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
        }
        if (shown.status().value() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"gerbang\"");
        }
        response.setStatus(shown.status().value());
        response.setContentType(PROBLEM);
        response.setHeader("Cache-Control", "no-store");
        writer.problem(response.getOutputStream(), shown, request.getRequestURI(), requestId, oauthError,
                V1ResponseWriter.language(request.getHeader("Accept-Language")));
    }
}
