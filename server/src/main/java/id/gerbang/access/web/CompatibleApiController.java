package id.gerbang.access.web;

import id.gerbang.access.internal.AccessProperties;
import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.CompatibleService;
import id.gerbang.access.internal.CompatibleService.Path;
import id.gerbang.access.internal.Operation;
import id.gerbang.access.internal.OutcomeTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Dukcapil-compatible surface ({@code docs/api/dukcapil-compatible.md}): always HTTP 200 with
 * the page envelope, whatever happened. Reads the raw body itself, so no {@code Content-Type} can
 * make Spring refuse a request, and writes the answer straight to the response stream. The
 * callers authenticate inside the request, so the methods are open at the filter level; every
 * check happens in {@link CompatibleService}. The bare path ({@code gerbang.access.bare-path}) is
 * mapped to {@link #bare} by {@link BarePathMapping}.
 */
@RestController
class CompatibleApiController {

    static final String JSON = "application/json;charset=UTF-8";

    private final CompatibleService service;
    private final CompatibleResponseWriter writer;
    private final OutcomeTexts texts;
    private final ClientAddresses addresses;
    private final int maxBodyBytes;

    CompatibleApiController(CompatibleService service, CompatibleResponseWriter writer, OutcomeTexts texts,
            ClientAddresses addresses, AccessProperties properties) {
        this.service = service;
        this.writer = writer;
        this.texts = texts;
        this.addresses = addresses;
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    /** Central shape: {@code /dukcapil/get_json/{INSTANSI}/{METHOD}}. */
    @PostMapping({"/dukcapil/get_json/{agency}/{method}", "/dukcapil/get_json/{agency}/{method}/"})
    @PreAuthorize("permitAll()") // credentials travel in the request; AccessGate checks them
    void central(@PathVariable String agency, @PathVariable String method, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        answer(method, new Path(agency, null, null), request, response);
    }

    /** Regional shape: {@code /dukcapil/get_json/{KODE_WILAYAH}/{USER}/{METHOD}}. */
    @PostMapping({"/dukcapil/get_json/{region}/{user}/{method}", "/dukcapil/get_json/{region}/{user}/{method}/"})
    @PreAuthorize("permitAll()") // credentials travel in the request; AccessGate checks them
    void regional(@PathVariable String region, @PathVariable String user, @PathVariable String method,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(method, new Path(null, region, user), request, response);
    }

    /** The bare path, e.g. {@code /CALL_NIK}: always a NIK lookup, for any agreement. */
    @PreAuthorize("permitAll()") // credentials travel in the request; AccessGate checks them
    void bare(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer("CALL_NIK", Path.BARE, request, response);
    }

    private void answer(String method, Path path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = readBody(request);
        InetAddress source = addresses.resolve(request.getRemoteAddr(), forwardedFor(request));
        CompatibleService.Result result = service.handle(method, path, body, request.getParameterMap(), source);
        Answer answer = result.answer();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
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

    /** The body, or {@code null} when it is larger than allowed (answered 07 unread). */
    private byte @Nullable [] readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        return Collections.list(request.getHeaders("X-Forwarded-For"));
    }
}
