package id.gerbang.audit.internal;

import id.gerbang.audit.NikHistory;
import id.gerbang.common.JakartaTime;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link NikHistory} as an A4 landscape PDF: title, the NIK, who issued it and when, the
 * period the database covers, one row per access, and the chain head that anchors it to the
 * tamper-evident log.
 */
public final class NikHistoryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NikHistoryPdf() {
    }

    /** {@code text} resolves a message key with its arguments in the document's language. */
    public static byte[] render(NikHistory h, BiFunction<String, Object[], String> text, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.apply("history.title", new Object[0]));
        document.addCreator("Gerbang");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Color.WHITE);
        document.add(new Paragraph(text.apply("history.title", new Object[0]), title));
        document.add(new Paragraph(text.apply("history.subtitle", new Object[] {h.nik()}), normal));
        document.add(new Paragraph(text.apply("history.generated", new Object[] {
                TIME.format(JakartaTime.inJakarta(h.generatedAt())), h.generatedBy()}), normal));
        if (h.coversFrom() != null) {
            document.add(new Paragraph(text.apply("history.period", new Object[] {h.coversFrom(),
                    JakartaTime.dateOf(h.generatedAt())}), normal));
        }
        document.add(new Paragraph(text.apply("history.count", new Object[] {h.accesses().size()}), normal));
        if (h.accesses().stream().anyMatch(NikHistory.Access::redacted)) {
            document.add(new Paragraph(text.apply("history.redacted", new Object[0]), normal));
        }
        document.add(new Paragraph(" "));
        if (h.accesses().isEmpty()) {
            document.add(new Paragraph(text.apply("history.none", new Object[0]), normal));
        } else {
            List<String> columns = List.of("time", "agency", "channel", "operation", "purpose", "localUser",
                    "outcome", "elements", "request");
            PdfPTable table = new PdfPTable(new float[] {11, 14, 9, 8, 14, 12, 10, 12, 12});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(text.apply("history.column." + column, new Object[0]), head));
                cell.setBackgroundColor(new Color(0x33, 0x4e, 0x68));
                table.addCell(cell);
            }
            for (NikHistory.Access a : h.accesses()) {
                table.addCell(new Phrase(TIME.format(JakartaTime.inJakarta(a.time())), small));
                table.addCell(new Phrase(agency(a), small));
                table.addCell(new Phrase(label(text, "channel.", a.channel()), small));
                table.addCell(new Phrase(label(text, "operation.", a.operation()), small));
                table.addCell(new Phrase(a.purpose() == null ? "-" : a.purpose(), small));
                table.addCell(new Phrase(a.localUser() == null ? "-" : a.localUser(), small));
                table.addCell(new Phrase(label(text, "outcome.", a.outcome()), small));
                table.addCell(new Phrase(String.join(", ", a.elements()), small));
                table.addCell(new Phrase(a.requestId(), small));
            }
            document.add(table);
        }
        document.add(new Paragraph(" "));
        Paragraph anchor = new Paragraph(text.apply("history.verification", new Object[] {Long.toString(h.chainHeadSeq()),
                h.chainHeadHash()}), small);
        anchor.setAlignment(Element.ALIGN_LEFT);
        document.add(anchor);
        document.close();
        return out.toByteArray();
    }

    /** The label of a stored code in the document's language; the code itself when there is none. */
    private static String label(BiFunction<String, Object[], String> text, String prefix, String code) {
        String key = prefix + code;
        String label = text.apply(key, new Object[0]);
        return label == null || label.equals(key) ? code : label;
    }

    private static String agency(NikHistory.Access a) {
        if (a.redacted()) {
            return "***";
        }
        if (a.agencyId() == null) {
            return "-";
        }
        return a.agencyName() == null ? "#" + a.agencyId() : a.agencyName() + " (#" + a.agencyId() + ")";
    }
}
