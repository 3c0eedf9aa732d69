package id.gerbang.feedback;

import id.gerbang.feedback.internal.UploadColumns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks as an agency fills the upload template: a sheet per kind with the template's headers
 * and rows of text; a cell starting with {@code "=="} is written as the formula after it.
 */
public final class UploadWorkbooks {

    private UploadWorkbooks() {
    }

    public static byte[] victims(List<String[]> rows) {
        return workbook(rows, List.of());
    }

    public static byte[] workbook(List<String[]> victims, List<String[]> programmes) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            sheet(book, UploadColumns.VICTIM, victims);
            sheet(book, UploadColumns.PROGRAMME, programmes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(SXSSFWorkbook book, UploadColumns.Layout layout, List<String[]> rows) {
        Sheet sheet = book.createSheet(layout.sheet());
        Row head = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            head.createCell(i).setCellValue(layout.columns().get(i).header());
        }
        int r = 1;
        for (String[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null || values[i].isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (values[i].startsWith("==")) {
                    cell.setCellFormula(values[i].substring(2));
                } else {
                    cell.setCellValue(values[i]);
                }
            }
        }
    }

    /** A victim row of the template: NIK, case reference, kinds "1,2", place 1, relationship 1, dates, services 1. */
    public static String[] victim(String nik, String caseReference, String incident) {
        return new String[] {nik, caseReference, "1 - Fisik,2", "1", "1", incident, incident, "1", "", ""};
    }
}
