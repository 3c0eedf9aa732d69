package id.gerbang.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/** What the portal takes from a request. */
final class PortalRequests {

    /**
     * The connection's source address (Tomcat's, after the deployment's trusted-proxy handling);
     * {@code null} if it is not an address literal.
     */
    static @Nullable InetAddress source(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isEmpty() || !(Character.isDigit(address.charAt(0)) || address.indexOf(':') >= 0)) {
            return null; // never a host name: no name lookup
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private PortalRequests() {
    }
}
