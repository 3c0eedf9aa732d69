package id.gerbang.audit.internal;

import id.gerbang.audit.AccessLogView;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.TableExport;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes access-log entries as CSV or XLSX through {@link TableExport}, which holds the rules for
 * formula-like text and long numbers (the NIK is text in XLSX).
 */
public final class AccessLogExport implements AutoCloseable {

    static final List<String> HEADER = List.of("seq", "time_wib", "request_id", "agency_id", "agreement_id",
            "user_id", "channel", "operation", "source_ip", "claimed_ip", "nik", "no_kk", "purpose", "local_user", "outcome",
            "response_code", "elements", "latency_micros", "redacted");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final TableExport table;

    private AccessLogExport(TableExport table) {
        this.table = table;
    }

    public static AccessLogExport csv(OutputStream out) {
        return new AccessLogExport(TableExport.csv(out, HEADER));
    }

    public static AccessLogExport xlsx(OutputStream out) {
        return new AccessLogExport(TableExport.xlsx(out, "access-log", HEADER));
    }

    public void row(AccessLogView v) {
        table.row(values(v));
    }

    @Override
    public void close() {
        table.close();
    }

    static List<@Nullable Object> values(AccessLogView v) {
        List<@Nullable Object> values = new ArrayList<>();
        values.add(v.seq());
        values.add(TIME.format(JakartaTime.inJakarta(v.time())));
        values.add(v.requestId());
        values.add(v.agencyId());
        values.add(v.agreementId());
        values.add(v.userId());
        values.add(v.channel());
        values.add(v.operation());
        values.add(v.sourceIp());
        values.add(v.claimedIp());
        values.add(v.nik());
        values.add(v.noKk() == null ? null : v.noKk().toString());
        values.add(v.purpose());
        values.add(v.localUser());
        values.add(v.outcome());
        values.add(v.wireCode());
        values.add(String.join(",", v.elements()));
        values.add(v.latencyMicros());
        values.add(v.redacted());
        return values;
    }
}
