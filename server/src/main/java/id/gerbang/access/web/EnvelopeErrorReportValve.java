package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.OutcomeTexts;
import id.gerbang.access.internal.V1ResponseWriter;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import id.gerbang.common.web.ErrorPageHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report for what never reached the application: a request line or headers beyond
 * the connector's limits, a body beyond its limits, a malformed request (issue 13 point 9). Tomcat
 * wrote its HTML page there; a compatible client now gets its envelope with code 07 (HTTP 200, as
 * every compatible answer), a v1 client a problem detail (422 {@code INVALID_PARAMETERS}), anything
 * else Tomcat's page as before. When the path could not even be read (the request line was too
 * long), the caller is taken to be a compatible client if it used {@code POST}: the v1 API keeps
 * its NIKs out of URLs, the compatible surface's clients put everything in the query string.
 * Installed as the host's error report valve by {@link AccessSecurityConfiguration}.
 */
final class EnvelopeErrorReportValve extends ErrorPageHeaders.Valve {

    private final CompatibleResponseWriter compatible;
    private final V1ResponseWriter v1;
    private final OutcomeTexts texts;
    private final String barePath;

    EnvelopeErrorReportValve(CompatibleResponseWriter compatible, V1ResponseWriter v1, OutcomeTexts texts,
            String barePath) {
        this.compatible = compatible;
        this.v1 = v1;
        this.texts = texts;
        this.barePath = barePath;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            super.report(request, response, throwable);
            return;
        }
        Surface surface = surface(request);
        if (surface == Surface.OTHER) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setSuspended(false);
            secure(response);
            ServiceOutcome outcome = ServiceOutcome.INVALID_PARAMETERS;
            if (surface == Surface.COMPATIBLE) {
                response.setStatus(200);
                response.setContentType(CompatibleEndpoint.JSON);
                compatible.lookupError(response.getOutputStream(), outcome.wireCode(), texts.text(outcome));
            } else {
                response.setStatus(outcome.status().value());
                response.setContentType(V1Responder.PROBLEM);
                String uri = request.getDecodedRequestURI();
                v1.problem(response.getOutputStream(), outcome, uri == null ? "" : uri, null, null,
                        V1ResponseWriter.language(request.getHeader("Accept-Language")));
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is going anyway
        }
    }

    private enum Surface { COMPATIBLE, V1, OTHER }

    private Surface surface(Request request) {
        String uri = null;
        try {
            uri = request.getDecodedRequestURI();
        } catch (RuntimeException e) {
            // not decodable
        }
        if (uri == null || uri.isEmpty()) {
            uri = request.getCoyoteRequest().requestURI().toString();
        }
        if (uri == null || uri.isEmpty()) {
            String method = request.getCoyoteRequest().method().toString();
            return method == null || method.toUpperCase(Locale.ROOT).equals("POST") ? Surface.COMPATIBLE : Surface.OTHER;
        }
        if (uri.startsWith(CompatibleEndpoint.PREFIX) || (!barePath.isEmpty() && (uri.equals(barePath) || uri.startsWith(barePath + "/")))) {
            return Surface.COMPATIBLE;
        }
        if (uri.startsWith("/api/")) {
            return Surface.V1;
        }
        return Surface.OTHER;
    }
}
