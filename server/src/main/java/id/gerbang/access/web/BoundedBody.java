package id.gerbang.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The one way the access module's web layer reads a request body: its raw bytes, or {@code null}
 * when it is larger than {@code gerbang.access.max-body-bytes}. Read here rather than by Spring
 * MVC, which buffers a body of any size, and so that a body no media type describes is still read
 * and the call still logged (issue 13 points 3 and 9). Only the announced length, or
 * {@code maxBytes + 1} bytes of a chunked body, are ever read; no body is an empty array.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte @Nullable [] read(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            if (declared >= 0) {
                // Tomcat ends the stream at Content-Length: read exactly that, into a buffer of that size
                return in.readNBytes((int) declared);
            }
            byte[] body = in.readNBytes(maxBytes + 1); // chunked: no length announced
            return body.length > maxBytes ? null : body;
        }
    }
}
