package id.gerbang.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The one way a table of rows is exported for spreadsheet programs: CSV (UTF-8 with a byte-order
 * mark, so spreadsheet programs read it right) or XLSX (streamed, 100 rows in memory). The same
 * rules on both: text a spreadsheet would take for a formula (starting with {@code = + - @}, tab
 * or CR) is prefixed with an apostrophe in CSV and is a quote-prefixed text cell in XLSX; in XLSX a
 * boolean is a boolean cell, a number a numeric cell except a {@code Long} above 9,999,999,999 (a
 * NIK, a KK number: a spreadsheet would round it), which is text like everything else.
 * Used by the access-log export (audit) and the data-balikan export (feedback).
 */
public abstract sealed class TableExport implements AutoCloseable {

    /** Above this a {@code Long} is an identifier, written as text. */
    static final long LARGEST_NUMBER = 9_999_999_999L;

    /** CSV with {@code header} as its first row. */
    public static TableExport csv(OutputStream out, List<String> header) {
        return new Csv(out, header);
    }

    /** XLSX, one sheet named {@code sheetName}, {@code header} as its first row. */
    public static TableExport xlsx(OutputStream out, String sheetName, List<String> header) {
        return new Xlsx(out, sheetName, header);
    }

    /** One row, its values in the header's order; {@code null} is an empty cell. */
    public abstract void row(List<? extends @Nullable Object> values);

    /** Finishes the document (the stream itself is left open). */
    @Override
    public abstract void close();

    static final class Csv extends TableExport {
        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> header) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<? extends @Nullable Object> values) {
            List<@Nullable Object> safe = new ArrayList<>(values.size());
            for (Object value : values) {
                safe.add(value instanceof String s && SpreadsheetText.formulaLike(s) ? "'" + s : value);
            }
            try {
                printer.printRecord(safe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    static final class Xlsx extends TableExport {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final CellStyle text = workbook.createCellStyle();
        private final Sheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<String> header) {
            this.out = out;
            text.setQuotePrefixed(true);
            sheet = workbook.createSheet(sheetName);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < header.size(); i++) {
                row.createCell(i).setCellValue(header.get(i));
            }
        }

        @Override
        public void row(List<? extends @Nullable Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value instanceof Number n && !(value instanceof Long l && l > LARGEST_NUMBER)) {
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
                    // temporary files are removed by close(); nothing more to do
                }
            }
        }
    }
}
