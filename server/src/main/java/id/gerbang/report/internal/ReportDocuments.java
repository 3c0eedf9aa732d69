package id.gerbang.report.internal;

import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.Messages;
import id.gerbang.report.AgencyStatements;
import id.gerbang.report.ReportFigures;
import id.gerbang.report.SignedReportFiles;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds a report version's PDF and XLSX from its figures and signs each with the registry's key:
 * the signed text names the document, the agency, semester, version, the checkpoint and the SHA-256 of
 * the unsigned file ({@link SignedReportFiles}). Documents are in Indonesian, the language of the
 * agreement.
 */
@Component
public class ReportDocuments {

    private final Messages messages;
    private final DocumentSignatures signatures;

    ReportDocuments(Messages messages, DocumentSignatures signatures) {
        this.messages = messages;
        this.signatures = signatures;
    }

    /** What a document says about its version besides the figures. */
    public record Cover(int version, @Nullable String submittedBy, @Nullable Instant submittedAt,
                        AgencyStatements statements, @Nullable String statementFile,
                        @Nullable String statementSha256) {
    }

    /** The signed PDF and XLSX. */
    public record Signed(byte[] pdf, byte[] xlsx) {
    }

    public Signed build(ReportFigures figures, Cover cover) {
        Locale locale = Messages.INDONESIAN;
        BiFunction<String, Object[], String> text = (key, args) -> messages.get(key, locale, args);
        byte[] pdf = ReportPdf.render(figures, cover, text, locale);
        byte[] xlsx = ReportXlsx.render(figures, cover, text);
        return new Signed(sign(pdf, "semester-report.pdf", figures, cover),
                sign(xlsx, "semester-report-annex.xlsx", figures, cover));
    }

    private byte[] sign(byte[] unsigned, String document, ReportFigures f, Cover cover) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", document);
        fields.put("agencyId", Long.toString(f.agencyId()));
        fields.put("semester", f.semester().toString());
        fields.put("version", Integer.toString(cover.version()));
        fields.put("checkpointId", Long.toString(f.checkpoint().id()));
        fields.put("checkpointSequence", Long.toString(f.checkpoint().lastSequence()));
        fields.put("checkpointHeadHash", f.checkpoint().headHash());
        fields.put("sha256", SignedReportFiles.sha256(unsigned));
        return SignedReportFiles.attach(unsigned, signatures.sign(fields));
    }
}
