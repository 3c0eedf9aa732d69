package id.gerbang.feedback.internal;

import id.gerbang.common.TableExport;
import id.gerbang.feedback.FeedbackRecordView;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's export of data balikan for the Directorate-General's data-balikan application, one
 * row per version, in the columns of {@link #COLUMNS} (schema in docs/feedback.md): CSV (UTF-8 with
 * a byte-order mark), XLSX (streamed) or JSON ({@code {"schema":"gerbang.feedback.export/1","records":[...]}}).
 * CSV and XLSX are written by {@link TableExport}, as the access-log export is (formula-like
 * text prefixed, long numbers as text). Victim columns are empty when the reader may not read them ({@code victim_hidden}).
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
        write(TableExport.csv(out, COLUMNS), views);
    }

    public static void xlsx(List<FeedbackRecordView> views, OutputStream out) {
        write(TableExport.xlsx(out, "data-balikan", COLUMNS), views);
    }

    private static void write(TableExport table, List<FeedbackRecordView> views) {
        try (table) {
            for (FeedbackRecordView v : views) {
                table.row(new ArrayList<>(values(v).values()));
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
