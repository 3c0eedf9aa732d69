package id.gerbang.audit;

import id.gerbang.audit.internal.AccessLogExport;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.JakartaTime;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports of the access log as CSV or XLSX, for the administration API and the portal alike: the
 * export is recorded in the administrative log when it is prepared, then streamed newest first, at
 * most {@code gerbang.audit.export-max-rows} rows, limited to what the viewer may see.
 */
@Service
public class AccessLogExports {

    /** The file formats. */
    public enum Format {
        CSV("text/csv;charset=UTF-8", ".csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** A prepared export: its file name and type, and the rows to write when the response is sent. */
    public interface Export {
        String fileName();

        String mediaType();

        void writeTo(OutputStream out) throws IOException;
    }

    private final AccessLogSearch search;
    private final ApplicationEventPublisher events;
    private final AuditProperties properties;
    private final Clock clock;

    AccessLogExports(AccessLogSearch search, ApplicationEventPublisher events, AuditProperties properties, Clock clock) {
        this.search = search;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records the export in the administrative log (who, which agency, the filters) and returns it,
     * ready to stream.
     *
     * @param filters what the administrative log shows of the request (never a full NIK beyond what the
     *                caller typed as a filter)
     */
    public Export prepare(AccessLogQuery query, Viewer viewer, Format format, Map<String, Object> filters) {
        // refused before the answer starts, not halfway through a 200 stream (issue 13 point 6)
        search.requireInScope(query, viewer);
        events.publishEvent(new AdministrativeAction(viewer.name(), "audit.access-log.exported", "access-log",
                viewer.agency().map(a -> "agency:" + a).orElse("all"), null, filters, null));
        String fileName = "access-log-" + JakartaTime.today(clock) + format.extension;
        return new Export() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public String mediaType() {
                return format.mediaType;
            }

            @Override
            public void writeTo(OutputStream out) {
                try (AccessLogExport export = format == Format.XLSX ? AccessLogExport.xlsx(out)
                        : AccessLogExport.csv(out)) {
                    search.forEach(query, viewer, properties.exportMaxRows(), export::row);
                }
            }
        };
    }
}
