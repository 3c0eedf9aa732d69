package id.gerbang.common.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error pages (a 400 for a malformed request, an error no servlet answered) carry the
 * same security headers as the application's responses (issue 13 point 5, ADR 0062): Tomcat's
 * error report valve on the host is replaced by {@link Valve}, which sets them before the page is
 * written, and still shows neither the server's version nor any report detail. The compatible
 * surface's own envelope for its errors is {@code access.web.CompatibleValve}'s and untouched.
 */
@Component
public class ErrorPageHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                for (org.apache.catalina.Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof Valve) {
                        return; // a module's own error valve built on this one (the access module's) is in place
                    }
                }
                for (org.apache.catalina.Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof Valve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(Valve.class.getName());
                host.getPipeline().addValve(new Valve());
            }
        });
    }

    /** After Spring Boot's own customizer, which adds its error report valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report valve, quiet, with the security headers. */
    public static class Valve extends ErrorReportValve {

        public Valve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                secure(response);
            }
            super.report(request, response, throwable);
        }

        /** The security headers every answer of the application carries. */
        protected static void secure(Response response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
