package id.gerbang.common;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once the server is ready, where it listens and which database it uses (without secrets). */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;

    StartupReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0) {
            return; // a command-line command, not the server
        }
        log.info("""

                ==============================================================
                 Gerbang siap / ready: http://localhost:{}
                 Kesehatan / health:   http://localhost:{}/actuator/health
                 API (OpenAPI):        http://localhost:{}/swagger-ui.html (administrator login)
                 Basis data / database: {}
                ==============================================================""",
                port, port, port, describe());
    }

    private String describe() {
        try (var connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            int params = url.indexOf(';');
            return connection.getMetaData().getDatabaseProductName() + " "
                    + (params > 0 ? url.substring(0, params) : url.replaceAll("\\?.*", ""));
        } catch (java.sql.SQLException e) {
            return "unavailable (" + e.getSQLState() + ")";
        }
    }
}
