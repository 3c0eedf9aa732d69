package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.AccessProperties;
import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.CompatibleService;
import id.gerbang.access.internal.CompatibleService.Path;
import id.gerbang.access.internal.FeedbackCalls;
import id.gerbang.common.FormPairs;
import id.gerbang.access.internal.Operation;
import id.gerbang.access.internal.OutcomeTexts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dukcapil-compatible surface ({@code docs/api/dukcapil-compatible-protocol.md}), answered by
 * the first servlet filter of the server, ahead of Spring Security's filter chain and Spring MVC
 * (ADR 0053). Its clients authenticate inside every request, so neither of those had anything to
 * do for these paths but cost a third of the server's CPU per lookup (ADR 0050); every check
 * happens in {@link CompatibleService} and its {@code AccessGate}, as before.
 *
 * <p>Handled: {@code POST /dukcapil/get_json/{INSTANSI}/{METHOD}} (central),
 * {@code POST /dukcapil/get_json/{KODE_WILAYAH}/{USER}/{METHOD}} (regional), each also with a
 * trailing slash, and {@code POST} on the bare path ({@code gerbang.access.bare-path}, default
 * {@code /CALL_NIK}). Another method on those paths is answered 405; any other path goes on down
 * the chain untouched. Always HTTP 200 with the page envelope, whatever happened; the raw body is
 * read here, so no {@code Content-Type} can make a request fail, and the answer is written straight
 * to the response stream. The headers Spring Security would have added are set here.
 */
final class CompatibleEndpoint implements Filter {

    static final String PREFIX = "/dukcapil/get_json/";
    static final String JSON = "application/json;charset=UTF-8";

    private static final Logger log = LoggerFactory.getLogger(CompatibleEndpoint.class);

    private final CompatibleService service;
    private final CompatibleResponseWriter writer;
    private final OutcomeTexts texts;
    private final ClientAddresses addresses;
    private final int maxBodyBytes;
    private final String barePath;
    private final Map<ServiceOutcome, Counter> calls = new EnumMap<>(ServiceOutcome.class);

    CompatibleEndpoint(CompatibleService service, CompatibleResponseWriter writer, OutcomeTexts texts,
            ClientAddresses addresses, AccessProperties properties, MeterRegistry meters) {
        this.service = service;
        this.writer = writer;
        this.texts = texts;
        this.addresses = addresses;
        this.maxBodyBytes = properties.maxBodyBytes();
        this.barePath = properties.barePath().strip();
        for (ServiceOutcome outcome : ServiceOutcome.values()) {
            // a counter per outcome, made once: counting a call costs an increment, no lookup by tags
            calls.put(outcome, Counter.builder("gerbang.access.calls")
                    .description("Calls to the data surfaces by outcome")
                    .tag("surface", "compatible")
                    .tag("code", outcome.wireCode())
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .register(meters));
        }
    }

    /** The URL patterns the filter is registered for (it checks the exact shape itself). */
    List<String> urlPatterns() {
        return barePath.isEmpty() ? List.of(PREFIX + "*") : List.of(PREFIX + "*", barePath);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = null;
        Path path = null;
        String uri = pathWithinApplication(request);
        if (!barePath.isEmpty() && uri.equals(barePath)) {
            method = "CALL_NIK";
            path = Path.BARE;
        } else if (uri.startsWith(PREFIX)) {
            String[] segments = segments(uri.substring(PREFIX.length()));
            if (segments != null && segments.length == 2) {
                method = segments[1];
                path = new Path(segments[0], null, null);
            } else if (segments != null && segments.length == 3) {
                method = segments[2];
                path = new Path(null, segments[0], segments[1]);
            }
        }
        if (path == null) {
            chain.doFilter(req, res);
            return;
        }
        securityHeaders(response);
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            answer(method, path, request, response);
        } catch (RuntimeException e) {
            // a defect, not a refusal (DataAccess answers its own failures with 08 and logs them);
            // the message may quote a request value, so it is masked
            // the message may quote a request value (a NIK, a password): only the exception's class
            // and where it arose are logged
            StackTraceElement[] at = e.getStackTrace();
            log.error("Compatible call failed unexpectedly: {} at {}", e.getClass().getName(), at.length > 0 ? at[0] : "?");
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType(JSON);
                writer.lookupError(response.getOutputStream(), ServiceOutcome.SERVICE_ERROR.wireCode(),
                        texts.text(ServiceOutcome.SERVICE_ERROR));
            }
        }
    }

    private void answer(String method, Path path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = BoundedBody.read(request, maxBodyBytes); // null: too large, answered 07 unread
        InetAddress source = addresses.resolve(request);
        // The body is already read, so the parameters are the query string's, decoded here: Tomcat's
        // parser throws on a bad escape with the parameter's value (a password) in its message, and
        // the call was then neither answered properly nor logged (issue 13 point 4). Without a
        // query string there is nothing to decode.
        String rawQuery = request.getQueryString();
        Map<String, String[]> query = rawQuery == null ? Map.of() : query(rawQuery);
        if (FeedbackCalls.METHOD.equalsIgnoreCase(method.strip())) {
            // data balikan: its own answer (results per record), still HTTP 200 in the page envelope
            FeedbackCalls.CompatibleReply reply = service.feedback(path, body, query, source);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(JSON);
            response.setHeader("X-Request-Id", reply.requestId());
            response.getOutputStream().write(reply.body());
            return;
        }
        CompatibleService.Result result = service.handle(method, path, body, query, source);
        Answer answer = result.answer();
        calls.get(answer.outcome()).increment();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JSON);
        response.setHeader("X-Request-Id", answer.requestId());
        OutputStream out = response.getOutputStream();
        switch (answer.outcome()) {
            case FOUND -> writer.persons(out, answer.persons(), answer.fields(), result.style());
            case VERIFIED -> writer.verification(out, answer.verdicts());
            default -> {
                String code = answer.outcome().wireCode();
                String text = texts.text(answer.outcome());
                if (result.operation() == Operation.VERIFICATION) {
                    writer.verificationError(out, code, text, text);
                } else {
                    writer.lookupError(out, code, text);
                }
            }
        }
    }

    /** What Spring Security's default headers gave these paths before they were served here. */
    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** The decoded, normalised path without the context path (Tomcat has rejected bad encodings). */
    static String pathWithinApplication(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    /** The non-empty segments of {@code rest} (one trailing slash allowed), or {@code null}. */
    static String @Nullable [] segments(String rest) {
        String trimmed = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (trimmed.isEmpty()) {
            return null;
        }
        String[] parts = trimmed.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                return null;
            }
        }
        return parts;
    }

    /**
     * The query string's parameters, first value per name kept in order: {@code +} and
     * {@code %XX} decoded as UTF-8 (a byte that is not UTF-8 becomes U+FFFD), a pair with a broken
     * escape skipped; nothing is logged.
     */
    static Map<String, String[]> query(String raw) {
        Map<String, String[]> params = new LinkedHashMap<>();
        FormPairs.decode(raw, (name, value) -> params.putIfAbsent(name, new String[] {value == null ? "" : value}));
        return params;
    }
}
