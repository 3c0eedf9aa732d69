package id.gerbang.feedback.internal;

import id.gerbang.common.SpreadsheetText;

import id.gerbang.feedback.FeedbackRecordView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's export of data balikan for the Directorate-General's data-balikan application, one
 * row per version, in the columns of {@link #COLUMNS} (schema in docs/feedback.md): CSV (UTF-8 with
 * a byte-order mark), XLSX (streamed) or JSON ({@code {"schema":"gerbang.feedback.export/1","records":[...]}}).
 * As in the access-log export, text a spreadsheet would take for a formula (starting with
 * {@code = + - @}, tab or CR) is prefixed with an apostrophe in CSV and written as a quote-prefixed
 * text cell in XLSX. Victim columns are empty when the reader may not read them ({@code victim_hidden}).
 */
public final class FeedbackExport {

    public static final String SCHEMA = "gerbang.feedback.export/1";

    public static final List<String> COLUMNS = List.of("record_id", "version", "action", "agency_id", "agreement_id",
            "nik", "kind", "method", "case_reference", "lookup_seq", "received_at", "submitted_by",
            "programme_code", "programme_type", "aid_date", "aid_form", "aid_amount",
            "violence_kinds", "incident_place", "perpetrator_relationship", "incident_date", "report_date",
            "services", "disability", "age_group", "victim_hidden");

    private FeedbackExport() {
    }

    static Map<String, @Nullable Object> values(FeedbackRecordView v) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("record_id", v.recordId());
        m.put("version", v.version());
        m.put("action", v.action());
        m.put("agency_id", v.agencyId());
        m.put("agreement_id", v.agreementId());
        m.put("nik", v.nik());
        m.put("kind", v.kind().name());
        m.put("method", v.method().name());
        m.put("case_reference", v.caseReference());
        m.put("lookup_seq", v.lookupSeq());
        m.put("received_at", v.receivedAt().toString());
        m.put("submitted_by", v.submittedBy());
        m.put("programme_code", v.programme() == null ? null : v.programme().code());
        m.put("programme_type", v.programme() == null ? null : v.programme().type());
        m.put("aid_date", v.programmeDetails() == null ? null : v.programmeDetails().aidDate().toString());
        m.put("aid_form", v.programmeDetails() == null ? null : v.programmeDetails().aidForm());
        m.put("aid_amount", v.programmeDetails() == null ? null : v.programmeDetails().amount());
        var victim = v.victim();
        m.put("violence_kinds", victim == null ? null : join(victim.violenceKinds()));
        m.put("incident_place", victim == null ? null : victim.place());
        m.put("perpetrator_relationship", victim == null ? null : victim.perpetratorRelationship());
        m.put("incident_date", victim == null ? null : victim.incidentDate().toString());
        m.put("report_date", victim == null ? null : victim.reportDate().toString());
        m.put("services", victim == null ? null : join(victim.services()));
        m.put("disability", victim == null ? null : victim.disability());
        m.put("age_group", v.ageGroup());
        m.put("victim_hidden", v.victimHidden());
        return m;
    }

    private static String join(java.util.Set<Integer> codes) {
        return codes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static void csv(List<FeedbackRecordView> views, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            for (FeedbackRecordView v : views) {
                List<@Nullable Object> row = new ArrayList<>();
                for (Object value : values(v).values()) {
                    row.add(value instanceof String s && SpreadsheetText.formulaLike(s) ? "'" + s : value);
                }
                printer.printRecord(row);
            }
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(List<FeedbackRecordView> views, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Sheet sheet = workbook.createSheet("data-balikan");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int next = 1;
            for (FeedbackRecordView v : views) {
                Row row = sheet.createRow(next++);
                int i = 0;
                for (Object value : values(v).values()) {
                    Cell cell = row.createCell(i++);
                    if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof Number n && !(value instanceof Long l && l > 9_999_999_999L)) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        String s = value.toString();
                        cell.setCellValue(s);
                        if (SpreadsheetText.formulaLike(s)) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files are removed by close(); nothing more to do
            }
        }
    }

    public static void json(List<FeedbackRecordView> views, OutputStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("columns", COLUMNS);
        root.put("records", views.stream().map(FeedbackExport::values).toList());
        JsonMapper.builder().build().writeValue(out, root);
    }
}
