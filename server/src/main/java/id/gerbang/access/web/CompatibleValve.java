package id.gerbang.access.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers the compatible surface's {@code POST} calls in Tomcat's engine pipeline, with the same
 * {@link CompatibleEndpoint}, before the host, context and wrapper valves and the filter chain
 * that Tomcat would otherwise run (and build) for every call (ADR 0053, addendum). Tomcat has
 * already parsed, decoded, normalised and mapped the request at this point, so the endpoint sees
 * the same paths as its filter does. Everything else (other methods on these paths, which are
 * answered 405 through the error pages, and every other path) goes on down the pipeline unchanged.
 */
final class CompatibleValve extends ValveBase {

    private final CompatibleEndpoint endpoint;

    CompatibleValve(CompatibleEndpoint endpoint) {
        super(true);
        this.endpoint = endpoint;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getContext() == null) {
            getNext().invoke(request, response);
            return;
        }
        endpoint.doFilter(request, response, (req, res) -> getNext().invoke(request, response));
    }
}
