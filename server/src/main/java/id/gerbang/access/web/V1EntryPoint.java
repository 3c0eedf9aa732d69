package id.gerbang.access.web;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.CallRecord;
import id.gerbang.access.internal.ClientAddresses;
import id.gerbang.access.internal.DataAccess;
import id.gerbang.access.internal.Operation;
import id.gerbang.audit.AccessChannel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A v1 data call without a valid bearer token: 401 problem details, {@code CREDENTIALS_MISSING}
 * when no token was presented, {@code LOGIN_FAILED} for an unknown, expired or revoked one; the
 * call is recorded in the access log like every other refused call.
 */
final class V1EntryPoint implements AuthenticationEntryPoint {

    private final DataAccess data;
    private final ClientAddresses addresses;
    private final V1Responder responder;

    V1EntryPoint(DataAccess data, ClientAddresses addresses, V1Responder responder) {
        this.data = data;
        this.addresses = addresses;
        this.responder = responder;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getAttribute(BearerTokenFilter.TOKEN_PRESENTED) != null;
        ServiceOutcome outcome = presented ? ServiceOutcome.LOGIN_FAILED : ServiceOutcome.CREDENTIALS_MISSING;
        InetAddress source = addresses.resolve(request);
        CallRecord call = new CallRecord(AccessChannel.WEB_SERVICE_V1).operation(operation(request.getRequestURI()))
                .source(source.getHostAddress(), null);
        Answer answer = data.refuse(call, outcome);
        responder.problem(request, response, outcome, answer.requestId(), null, null);
    }

    static Operation operation(String uri) {
        if (uri.contains("/families")) {
            return Operation.FAMILY_LOOKUP;
        }
        return uri.endsWith("/verify") ? Operation.VERIFICATION : Operation.LOOKUP;
    }
}
