package id.gerbang.report.internal;

import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Messages;
import id.gerbang.common.SpreadsheetText;
import id.gerbang.report.EvaluationFigures;
import id.gerbang.report.SignedReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The per-semester evaluation report as an A4 PDF (OpenPDF) and an XLSX annex (Apache POI), in
 * Indonesian, each signed like a semester report ({@link SignedReportFiles}, ADR 0116) with the
 * document names {@code evaluation-report.pdf} and {@code evaluation-report-annex.xlsx}, so
 * {@code verify-report} checks them.
 */
@Component
public class EvaluationDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final DocumentSignatures signatures;

    EvaluationDocuments(Messages messages, DocumentSignatures signatures) {
        this.messages = messages;
        this.signatures = signatures;
    }

    public byte[] pdf(EvaluationFigures f) {
        return sign(pdf(f, text(), Messages.INDONESIAN), "evaluation-report.pdf", f);
    }

    public byte[] xlsx(EvaluationFigures f) {
        return sign(xlsx(f, text()), "evaluation-report-annex.xlsx", f);
    }

    private BiFunction<String, Object[], String> text() {
        return (key, args) -> messages.get(key, Messages.INDONESIAN, args);
    }

    private byte[] sign(byte[] unsigned, String document, EvaluationFigures f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", document);
        fields.put("agencyId", "all");
        fields.put("semester", f.semester().toString());
        fields.put("producedBy", f.producedBy());
        fields.put("checkpointId", Long.toString(f.checkpoint().id()));
        fields.put("checkpointSequence", Long.toString(f.checkpoint().lastSequence()));
        fields.put("checkpointHeadHash", f.checkpoint().headHash());
        fields.put("sha256", SignedReportFiles.sha256(unsigned));
        return SignedReportFiles.attach(unsigned, signatures.sign(fields));
    }

    static byte[] pdf(EvaluationFigures f, BiFunction<String, Object[], String> text, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(t(text, "report.evaluation.title"));
        document.addCreator("Gerbang");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        document.add(new Paragraph(t(text, "report.evaluation.title"), title));
        document.add(new Paragraph(t(text, "report.evaluation.to"), normal));
        document.add(new Paragraph(t(text, "report.pdf.semester", f.semester().half(), f.semester().year(), f.from(),
                f.to()), normal));
        document.add(new Paragraph(t(text, "report.evaluation.produced", f.producedBy(),
                TIME.format(JakartaTime.inJakarta(f.producedAt()))), normal));
        document.add(new Paragraph(t(text, "report.pdf.checkpoint", f.checkpoint().id(), f.checkpoint().lastSequence(),
                TIME.format(JakartaTime.inJakarta(f.checkpoint().createdAt())), f.checkpoint().keyId()), normal));
        document.add(new Paragraph(t(text, "report.pdf.headHash", f.checkpoint().headHash()), normal));

        section(document, t(text, "report.evaluation.agreements"), heading);
        PdfPTable agreements = table(document, bold, t(text, "report.xlsx.agency"), t(text, "report.quota.agreement"),
                t(text, "report.evaluation.status"), t(text, "report.xlsx.from"), t(text, "report.xlsx.to"));
        for (EvaluationFigures.AgreementRow a : f.agreements()) {
            cells(agreements, normal, a.agencyName(), a.registryNumber(), t(text, "report.evaluation.agreementStatus." + a.status()),
                    a.validFrom().toString(), a.validUntil().toString());
        }
        document.add(agreements);

        section(document, t(text, "report.evaluation.calls"), heading);
        PdfPTable calls = table(document, bold, t(text, "report.xlsx.agency"), t(text, "report.figure.calls"),
                t(text, "report.figure.answered"));
        long total = 0;
        long answered = 0;
        for (EvaluationFigures.AgencyRow a : f.agencies()) {
            cells(calls, normal, a.agencyName(), format(a.calls(), locale), format(a.answered(), locale));
            total += a.calls();
            answered += a.answered();
        }
        cells(calls, bold, t(text, "report.evaluation.total"), format(total, locale), format(answered, locale));
        document.add(calls);

        section(document, t(text, "report.evaluation.compliance"), heading);
        PdfPTable compliance = table(document, bold, t(text, "report.xlsx.agency"), t(text, "report.evaluation.report"),
                t(text, "report.compliance.due"), t(text, "report.compliance.answered"), t(text, "report.compliance.rate"),
                t(text, "report.evaluation.openFindings"), t(text, "report.evaluation.level"));
        for (EvaluationFigures.AgencyRow a : f.agencies()) {
            cells(compliance, normal, a.agencyName(), reportStatus(a, text), Integer.toString(a.feedbackDue()),
                    Integer.toString(a.feedbackAnswered()), a.feedbackRate() == null ? "-" : percent(a.feedbackRate()),
                    Integer.toString(a.openFindings()), t(text, "report.compliance.level." + a.level()));
        }
        document.add(compliance);

        section(document, t(text, "report.evaluation.findings"), heading);
        if (f.findings().isEmpty()) {
            document.add(new Paragraph(t(text, "report.evaluation.none"), normal));
        } else {
            PdfPTable findings = table(document, bold, "No.", t(text, "report.xlsx.agency"),
                    t(text, "report.evaluation.kind"), t(text, "report.evaluation.severity"),
                    t(text, "report.evaluation.status"), t(text, "report.evaluation.recordedOn"));
            for (EvaluationFigures.FindingRow r : f.findings()) {
                cells(findings, normal, Long.toString(r.id()), r.agencyName(), t(text, "report.finding.kind." + r.kind()),
                        t(text, "report.finding.severity." + r.severity()), t(text, "report.finding.status." + r.status()),
                        r.recordedOn().toString());
            }
            document.add(findings);
        }

        section(document, t(text, "report.evaluation.measures"), heading);
        if (f.measures().isEmpty()) {
            document.add(new Paragraph(t(text, "report.evaluation.none"), normal));
        } else {
            PdfPTable measures = table(document, bold, t(text, "report.xlsx.agency"), t(text, "report.quota.agreement"),
                    t(text, "report.xlsx.day"), t(text, "report.evaluation.status"), t(text, "report.evaluation.reason"));
            for (EvaluationFigures.MeasureRow m : f.measures()) {
                cells(measures, normal, m.agencyName(), m.registryNumber(), m.on().toString(),
                        t(text, "report.evaluation.agreementStatus." + m.status()), m.reason());
            }
            document.add(measures);
        }
        Paragraph note = new Paragraph(t(text, "report.pdf.signatureNote"), normal);
        note.setSpacingBefore(12);
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    static byte[] xlsx(EvaluationFigures f, BiFunction<String, Object[], String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Sheet summary = workbook.createSheet(t(text, "report.xlsx.summary"));
            row(summary, quoted, t(text, "report.xlsx.semester"), f.semester().toString());
            row(summary, quoted, t(text, "report.xlsx.from"), f.from().toString());
            row(summary, quoted, t(text, "report.xlsx.to"), f.to().toString());
            row(summary, quoted, t(text, "report.evaluation.producedBy"), f.producedBy());
            row(summary, quoted, t(text, "report.evaluation.producedAt"), TIME.format(JakartaTime.inJakarta(f.producedAt())));
            row(summary, quoted, t(text, "report.xlsx.checkpointId"), f.checkpoint().id());
            row(summary, quoted, t(text, "report.xlsx.checkpointSequence"), f.checkpoint().lastSequence());
            row(summary, quoted, t(text, "report.xlsx.checkpointHeadHash"), f.checkpoint().headHash());
            row(summary, quoted, t(text, "report.xlsx.keyId"), f.checkpoint().keyId());

            Sheet agreements = sheet(workbook, quoted, t(text, "report.evaluation.sheet.agreements"),
                    t(text, "report.xlsx.agency"), t(text, "report.quota.agreement"), t(text, "report.evaluation.status"),
                    t(text, "report.xlsx.from"), t(text, "report.xlsx.to"));
            for (EvaluationFigures.AgreementRow a : f.agreements()) {
                row(agreements, quoted, a.agencyName(), a.registryNumber(), a.status(), a.validFrom().toString(),
                        a.validUntil().toString());
            }
            Sheet agencies = sheet(workbook, quoted, t(text, "report.evaluation.sheet.agencies"),
                    t(text, "report.xlsx.agencyId"), t(text, "report.xlsx.agency"), t(text, "report.figure.calls"),
                    t(text, "report.figure.answered"), t(text, "report.evaluation.report"),
                    t(text, "report.evaluation.overdue"), t(text, "report.compliance.due"),
                    t(text, "report.compliance.answered"), t(text, "report.compliance.rate"),
                    t(text, "report.evaluation.openFindings"), t(text, "report.evaluation.level"));
            for (EvaluationFigures.AgencyRow a : f.agencies()) {
                row(agencies, quoted, a.agencyId(), a.agencyName(), a.calls(), a.answered(),
                        a.reportStatus() == null ? "-" : a.reportStatus(), a.reportOverdue() ? 1 : 0, a.feedbackDue(),
                        a.feedbackAnswered(), a.feedbackRate() == null ? "-" : a.feedbackRate(), a.openFindings(),
                        a.level().name());
            }
            Sheet findings = sheet(workbook, quoted, t(text, "report.evaluation.sheet.findings"), "No.",
                    t(text, "report.xlsx.agency"), t(text, "report.evaluation.kind"), t(text, "report.evaluation.severity"),
                    t(text, "report.evaluation.status"), t(text, "report.evaluation.recordedOn"));
            for (EvaluationFigures.FindingRow r : f.findings()) {
                row(findings, quoted, r.id(), r.agencyName(), r.kind().name(), r.severity().name(), r.status().name(),
                        r.recordedOn().toString());
            }
            Sheet measures = sheet(workbook, quoted, t(text, "report.evaluation.sheet.measures"),
                    t(text, "report.xlsx.agency"), t(text, "report.quota.agreement"), t(text, "report.xlsx.day"),
                    t(text, "report.evaluation.status"), t(text, "report.evaluation.reason"));
            for (EvaluationFigures.MeasureRow m : f.measures()) {
                row(measures, quoted, m.agencyName(), m.registryNumber(), m.on().toString(), m.status(), m.reason());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reportStatus(EvaluationFigures.AgencyRow a, BiFunction<String, Object[], String> text) {
        String status = a.reportStatus() == null ? t(text, "report.evaluation.notOpened")
                : t(text, "report.status." + a.reportStatus());
        return a.reportOverdue() ? status + " (" + t(text, "report.evaluation.overdue") + ")" : status;
    }

    private static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }

    private static Sheet sheet(XSSFWorkbook workbook, CellStyle quoted, String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, quoted, (Object[]) headers);
        return sheet;
    }

    private static void row(Sheet sheet, CellStyle quoted, Object... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String s = String.valueOf(values[i]);
                cell.setCellValue(s);
                if (SpreadsheetText.formulaLike(s)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    private static void section(Document document, String title, Font heading) {
        Paragraph p = new Paragraph(title, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(Document document, Font font, String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        cells(table, font, headers);
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... cells) {
        for (String cell : cells) {
            table.addCell(new PdfPCell(new Phrase(cell, font)));
        }
    }

    private static String format(long value, Locale locale) {
        return String.format(locale, "%,d", value);
    }

    private static String t(BiFunction<String, Object[], String> text, String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number || args[i] instanceof LocalDate ? args[i].toString() : args[i];
        }
        return text.apply(key, plain);
    }
}
