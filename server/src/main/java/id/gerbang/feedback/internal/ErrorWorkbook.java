package id.gerbang.feedback.internal;

import id.gerbang.common.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The workbook of refused rows that an upload hands back: per kind a sheet with the row's number in
 * the upload, its cells as sent, and the reason; the cell at fault is filled red and carries the
 * reason as a comment (the first {@link #MAX_COMMENTS}; the reason column always). Written as a
 * stream whose temporary files POI encrypts (the rows may hold victim information); every text cell
 * that a spreadsheet would take for a formula is a quote-prefixed text cell, as in
 * {@link FeedbackExport}.
 */
final class ErrorWorkbook implements AutoCloseable {

    static final int MAX_COMMENTS = 5_000;
    static final String ROW_HEADER = "Baris";

    private final SXSSFWorkbookWithCustomZipEntrySource workbook = new SXSSFWorkbookWithCustomZipEntrySource();
    private final Map<id.gerbang.agreement.FeedbackKind, Sheet> sheets = new EnumMap<>(id.gerbang.agreement.FeedbackKind.class);
    private final String reasonHeader;
    private final CellStyle text;
    private final CellStyle fault;
    private final CellStyle faultText;
    private final CellStyle header;
    private int comments;
    private int rows;

    private record Sheet(SXSSFSheet sheet, Drawing<?> drawing, int[] next) {
    }

    ErrorWorkbook(String reasonHeader) {
        this.reasonHeader = reasonHeader;
        text = workbook.createCellStyle();
        text.setQuotePrefixed(true);
        fault = workbook.createCellStyle();
        fault.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        fault.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        faultText = workbook.createCellStyle();
        faultText.cloneStyleFrom(fault);
        faultText.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** Adds a refused row; {@code faultColumn} -1 when the reason names no cell. */
    void add(UploadColumns.Layout layout, int rowNumber, List<WorkbookReader.RawCell> cells, int faultColumn, String reason) {
        Sheet s = sheets.computeIfAbsent(layout.kind(), k -> create(layout));
        SXSSFRow row = s.sheet().createRow(s.next()[0]++);
        row.createCell(0).setCellValue(rowNumber);
        for (int i = 0; i < cells.size(); i++) {
            SXSSFCell cell = row.createCell(i + 1);
            String value = cells.get(i).text();
            boolean formulaLike = SpreadsheetText.formulaLike(value);
            if (!value.isEmpty()) {
                cell.setCellValue(value);
            }
            if (i == faultColumn) {
                cell.setCellStyle(formulaLike ? faultText : fault);
                if (comments < MAX_COMMENTS) {
                    comments++;
                    CreationHelper helper = workbook.getCreationHelper();
                    ClientAnchor anchor = helper.createClientAnchor();
                    anchor.setCol1(i + 1);
                    anchor.setCol2(i + 4);
                    anchor.setRow1(row.getRowNum());
                    anchor.setRow2(row.getRowNum() + 3);
                    Comment comment = s.drawing().createCellComment(anchor);
                    comment.setString(helper.createRichTextString(reason));
                    comment.setAuthor("Gerbang");
                    cell.setCellComment(comment);
                }
            } else if (formulaLike) {
                cell.setCellStyle(text);
            }
        }
        SXSSFCell reasonCell = row.createCell(cells.size() + 1);
        reasonCell.setCellValue(reason);
        if (SpreadsheetText.formulaLike(reason)) {
            reasonCell.setCellStyle(text);
        }
        rows++;
    }

    int rows() {
        return rows;
    }

    private Sheet create(UploadColumns.Layout layout) {
        SXSSFSheet sheet = workbook.createSheet(layout.sheet());
        SXSSFRow head = sheet.createRow(0);
        head.createCell(0).setCellValue(ROW_HEADER);
        for (int i = 0; i < layout.columns().size(); i++) {
            head.createCell(i + 1).setCellValue(layout.columns().get(i).header());
        }
        head.createCell(layout.columns().size() + 1).setCellValue(reasonHeader);
        head.forEach(c -> c.setCellStyle(header));
        sheet.createFreezePane(0, 1);
        for (int i = 1; i <= layout.columns().size(); i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.setColumnWidth(layout.columns().size() + 1, 80 * 256);
        return new Sheet(sheet, sheet.createDrawingPatriarch(), new int[] {1});
    }

    /** The finished workbook's bytes. */
    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temporary files are removed by close(); nothing more to do
        }
    }
}
