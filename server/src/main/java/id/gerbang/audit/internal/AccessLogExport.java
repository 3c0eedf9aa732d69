package id.gerbang.audit.internal;

import id.gerbang.common.SpreadsheetText;

import id.gerbang.audit.AccessLogView;
import id.gerbang.common.JakartaTime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes access-log entries as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it
 * right) or XLSX (streamed, 100 rows in memory). Text that a spreadsheet would take for a formula is
 * prefixed with an apostrophe in CSV; XLSX cells are plain strings.
 */
public abstract sealed class AccessLogExport implements AutoCloseable {

    static final List<String> HEADER = List.of("seq", "time_wib", "request_id", "agency_id", "agreement_id",
            "user_id", "channel", "operation", "source_ip", "claimed_ip", "nik", "no_kk", "purpose", "local_user", "outcome",
            "response_code", "elements", "latency_micros", "redacted");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    public static AccessLogExport csv(OutputStream out) {
        return new Csv(out);
    }

    public static AccessLogExport xlsx(OutputStream out) {
        return new Xlsx(out);
    }

    public abstract void row(AccessLogView v);

    @Override
    public abstract void close();

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

    static final class Csv extends AccessLogExport {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                        .get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(AccessLogView v) {
            try {
                printer.printRecord(values(v).stream().map(Csv::safe).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static @Nullable Object safe(@Nullable Object value) {
            if (value instanceof String s && SpreadsheetText.formulaLike(s)) {
                return "'" + s;
            }
            return value;
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class Xlsx extends AccessLogExport {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet = workbook.createSheet("access-log");
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
            Row header = sheet.createRow(next++);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
        }

        @Override
        public void row(AccessLogView v) {
            Row row = sheet.createRow(next++);
            List<@Nullable Object> values = values(v);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Long n && i != 10) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // temporary files are removed by dispose(); nothing more to do
                }
            }
        }
    }
}
