package id.gerbang.report.internal;

import id.gerbang.common.JakartaTime;
import id.gerbang.report.ReportFigures;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a semester report as an A4 PDF (OpenPDF): the agency, semester and version, the access-log
 * checkpoint the figures stop at, the summary, charts drawn on the server with JFreeChart (calls per
 * month and per day), the tables, and the agency's statements. The registry's signature is added
 * afterwards ({@link id.gerbang.report.SignedReportFiles}).
 */
final class ReportPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReportPdf() {
    }

    static byte[] render(ReportFigures f, ReportDocuments.Cover cover, BiFunction<String, Object[], String> text, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(t(text, "report.pdf.title"));
        document.addCreator("Gerbang");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
        document.add(new Paragraph(t(text, "report.pdf.title"), title));
        document.add(new Paragraph(t(text, "report.pdf.agency", f.agencyName(), f.agencyId()), normal));
        document.add(new Paragraph(t(text, "report.pdf.semester", f.semester().half(), f.semester().year(),
                f.from(), f.to()), normal));
        document.add(new Paragraph(t(text, "report.pdf.version", cover.version(),
                cover.submittedBy() == null ? "-" : cover.submittedBy(),
                cover.submittedAt() == null ? "-" : TIME.format(JakartaTime.inJakarta(cover.submittedAt()))), normal));
        document.add(new Paragraph(t(text, "report.pdf.checkpoint", f.checkpoint().id(), f.checkpoint().lastSequence(),
                TIME.format(JakartaTime.inJakarta(f.checkpoint().createdAt())), f.checkpoint().keyId()), normal));
        document.add(new Paragraph(t(text, "report.pdf.headHash", f.checkpoint().headHash()), small));

        section(document, t(text, "report.pdf.summary"), heading);
        PdfPTable summary = table(2, normal);
        row(summary, normal, t(text, "report.figure.calls"), format(f.calls(), locale));
        row(summary, normal, t(text, "report.figure.answered"), format(f.answered(), locale));
        row(summary, normal, t(text, "report.figure.refused"), format(f.refused(), locale));
        document.add(summary);

        document.add(image(monthChart(f, text), 500, 190));
        document.add(image(dayChart(f, text), 500, 170));

        section(document, t(text, "report.pdf.perMonth"), heading);
        PdfPTable months = table(2, normal);
        for (Map.Entry<YearMonth, Long> e : f.perMonth().entrySet()) {
            row(months, normal, e.getKey().toString(), format(e.getValue(), locale));
        }
        document.add(months);
        map(document, t(text, "report.pdf.perUser"), f.perUser(), heading, normal, locale);
        map(document, t(text, "report.pdf.perChannel"), f.perChannel(), heading, normal, locale);
        map(document, t(text, "report.pdf.perOutcome"), f.perOutcome(), heading, normal, locale);
        map(document, t(text, "report.pdf.elements"), f.elements(), heading, normal, locale);

        section(document, t(text, "report.pdf.quota"), heading);
        PdfPTable quota = table(5, normal);
        header(quota, normal, t(text, "report.quota.agreement"), t(text, "report.quota.limit"),
                t(text, "report.quota.used"), t(text, "report.quota.peak"), t(text, "report.quota.daysAtLimit"));
        for (ReportFigures.QuotaUse q : f.quota()) {
            header(quota, normal, Long.toString(q.agreementId()), format(q.dailyLimit(), locale),
                    format(q.used(), locale), format(q.peakDay(), locale), Integer.toString(q.daysAtLimit()));
        }
        document.add(quota);

        section(document, t(text, "report.pdf.compliance"), heading);
        if (f.compliance().isEmpty()) {
            document.add(new Paragraph(t(text, "report.pdf.complianceNone"), normal));
        } else {
            PdfPTable compliance = table(4, normal);
            header(compliance, normal, t(text, "report.compliance.month"), t(text, "report.compliance.due"),
                    t(text, "report.compliance.answered"), t(text, "report.compliance.rate"));
            for (ReportFigures.Compliance c : f.compliance()) {
                header(compliance, normal, c.month().toString(), Integer.toString(c.due()),
                        Integer.toString(c.answered()), String.format(locale, "%.1f %%", c.rate() * 100));
            }
            document.add(compliance);
        }

        section(document, t(text, "report.pdf.statements"), heading);
        document.add(new Paragraph(t(text, "report.statement.storage"), heading));
        document.add(new Paragraph(cover.statements().storage(), normal));
        document.add(new Paragraph(t(text, "report.statement.dissemination"), heading));
        document.add(new Paragraph(cover.statements().dissemination(), normal));
        document.add(new Paragraph(t(text, "report.statement.incidents"), heading));
        document.add(new Paragraph(cover.statements().incidents(), normal));
        document.add(new Paragraph(cover.statementFile() == null ? t(text, "report.pdf.noStatement")
                : t(text, "report.pdf.statementFile", cover.statementFile(), cover.statementSha256()), normal));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t(text, "report.pdf.signatureNote"), small));
        document.close();
        return out.toByteArray();
    }

    private static JFreeChart monthChart(ReportFigures f, BiFunction<String, Object[], String> text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t(text, "report.figure.calls");
        f.perMonth().forEach((month, count) -> data.addValue(count, series, month.toString()));
        JFreeChart chart = ChartFactory.createBarChart(t(text, "report.chart.perMonth"), null, null, data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        ((org.jfree.chart.renderer.category.BarRenderer) chart.getCategoryPlot().getRenderer())
                .setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BRAND);
        return chart;
    }

    private static final Color BRAND = new Color(0x1F, 0x5F, 0x8B);

    /** White plot with light grid lines, so the chart prints well in black and white too. */
    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlinePaint(Color.LIGHT_GRAY);
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.getRenderer().setSeriesPaint(0, BRAND);
        }
    }

    private static JFreeChart dayChart(ReportFigures f, BiFunction<String, Object[], String> text) {
        TimeSeries series = new TimeSeries(t(text, "report.figure.calls"));
        for (LocalDate d = f.from(); !d.isAfter(f.to()); d = d.plusDays(1)) {
            series.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), f.perDay().getOrDefault(d, 0L));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(t(text, "report.chart.perDay"), null, null,
                new TimeSeriesCollection(series), false, false, false);
        style(chart);
        return chart;
    }

    private static Image image(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            Image pdfImage = Image.getInstance(png.toByteArray());
            pdfImage.scaleAbsolute(width, height);
            return pdfImage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void map(Document document, String title, Map<String, Long> values, Font heading, Font normal,
            Locale locale) {
        section(document, title, heading);
        PdfPTable table = table(2, normal);
        values.forEach((name, count) -> row(table, normal, name, format(count, locale)));
        if (values.isEmpty()) {
            row(table, normal, "-", "0");
        }
        document.add(table);
    }

    private static void section(Document document, String title, Font heading) {
        Paragraph p = new Paragraph(title, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(int columns, Font font) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        return table;
    }

    private static void row(PdfPTable table, Font font, String name, String value) {
        table.addCell(new PdfPCell(new Phrase(name, font)));
        table.addCell(new PdfPCell(new Phrase(value, font)));
    }

    private static void header(PdfPTable table, Font font, String... cells) {
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
