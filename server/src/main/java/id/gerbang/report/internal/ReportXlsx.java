package id.gerbang.report.internal;

import id.gerbang.common.JakartaTime;
import id.gerbang.common.SpreadsheetText;
import id.gerbang.report.ReportFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's annex as XLSX (Apache POI): one sheet per table, every day of the semester, and the
 * checkpoint. Text that a spreadsheet would take for a formula is written as quote-prefixed text
 * ({@link SpreadsheetText}); numbers as numbers. The registry's signature is added afterwards in the
 * archive's comment ({@link id.gerbang.report.SignedReportFiles}).
 */
final class ReportXlsx {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReportXlsx() {
    }

    static byte[] render(ReportFigures f, ReportDocuments.Cover cover, BiFunction<String, Object[], String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Writer w = new Writer(quoted);
            Sheet summary = workbook.createSheet(t(text, "report.xlsx.summary"));
            w.pair(summary, t(text, "report.xlsx.agency"), f.agencyName());
            w.pair(summary, t(text, "report.xlsx.agencyId"), f.agencyId());
            w.pair(summary, t(text, "report.xlsx.semester"), f.semester().toString());
            w.pair(summary, t(text, "report.xlsx.from"), f.from().toString());
            w.pair(summary, t(text, "report.xlsx.to"), f.to().toString());
            w.pair(summary, t(text, "report.xlsx.version"), cover.version());
            w.pair(summary, t(text, "report.xlsx.checkpointId"), f.checkpoint().id());
            w.pair(summary, t(text, "report.xlsx.checkpointSequence"), f.checkpoint().lastSequence());
            w.pair(summary, t(text, "report.xlsx.checkpointHeadHash"), f.checkpoint().headHash());
            w.pair(summary, t(text, "report.xlsx.checkpointCreated"),
                    TIME.format(JakartaTime.inJakarta(f.checkpoint().createdAt())));
            w.pair(summary, t(text, "report.xlsx.keyId"), f.checkpoint().keyId());
            w.pair(summary, t(text, "report.figure.calls"), f.calls());
            w.pair(summary, t(text, "report.figure.answered"), f.answered());
            w.pair(summary, t(text, "report.figure.refused"), f.refused());

            Sheet months = w.sheet(workbook, t(text, "report.xlsx.perMonth"), t(text, "report.compliance.month"),
                    t(text, "report.figure.calls"));
            f.perMonth().forEach((m, n) -> w.row(months, m.toString(), n));
            Sheet days = w.sheet(workbook, t(text, "report.xlsx.perDay"), t(text, "report.xlsx.day"),
                    t(text, "report.figure.calls"));
            for (java.time.LocalDate d = f.from(); !d.isAfter(f.to()); d = d.plusDays(1)) {
                w.row(days, d.toString(), f.perDay().getOrDefault(d, 0L));
            }
            w.map(workbook, t(text, "report.xlsx.perUser"), t(text, "report.xlsx.user"), f.perUser(), text);
            w.map(workbook, t(text, "report.xlsx.perChannel"), t(text, "report.xlsx.channel"), f.perChannel(), text);
            w.map(workbook, t(text, "report.xlsx.perOutcome"), t(text, "report.xlsx.outcome"), f.perOutcome(), text);
            w.map(workbook, t(text, "report.xlsx.elements"), t(text, "report.xlsx.element"), f.elements(), text);
            Sheet quota = w.sheet(workbook, t(text, "report.xlsx.quota"), t(text, "report.quota.agreement"),
                    t(text, "report.quota.limit"), t(text, "report.quota.used"), t(text, "report.quota.peak"),
                    t(text, "report.quota.daysAtLimit"));
            for (ReportFigures.QuotaUse q : f.quota()) {
                w.row(quota, q.agreementId(), q.dailyLimit(), q.used(), q.peakDay(), q.daysAtLimit());
            }
            Sheet compliance = w.sheet(workbook, t(text, "report.xlsx.compliance"), t(text, "report.compliance.month"),
                    t(text, "report.compliance.due"), t(text, "report.compliance.answered"),
                    t(text, "report.compliance.rate"));
            for (ReportFigures.Compliance c : f.compliance()) {
                w.row(compliance, c.month().toString(), c.due(), c.answered(), c.rate());
            }
            Sheet statements = workbook.createSheet(t(text, "report.xlsx.statements"));
            w.pair(statements, t(text, "report.statement.storage"), cover.statements().storage());
            w.pair(statements, t(text, "report.statement.dissemination"), cover.statements().dissemination());
            w.pair(statements, t(text, "report.statement.incidents"), cover.statements().incidents());
            w.pair(statements, t(text, "report.xlsx.statementFile"),
                    cover.statementFile() == null ? "-" : cover.statementFile());
            w.pair(statements, t(text, "report.xlsx.statementSha256"),
                    cover.statementSha256() == null ? "-" : cover.statementSha256());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows at the end of a sheet; text as quote-prefixed text when it looks like a formula. */
    private record Writer(CellStyle quoted) {

        Sheet sheet(XSSFWorkbook workbook, String name, String... headers) {
            Sheet sheet = workbook.createSheet(name);
            row(sheet, (Object[]) headers);
            return sheet;
        }

        void map(XSSFWorkbook workbook, String name, String what, Map<String, Long> values,
                BiFunction<String, Object[], String> text) {
            Sheet sheet = sheet(workbook, name, what, t(text, "report.figure.calls"));
            values.forEach((k, n) -> row(sheet, k, n));
        }

        void pair(Sheet sheet, String name, Object value) {
            row(sheet, name, value);
        }

        void row(Sheet sheet, Object... values) {
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
    }

    private static String t(BiFunction<String, Object[], String> text, String key) {
        return text.apply(key, new Object[0]);
    }
}
