package id.gerbang.feedback.internal;

import id.gerbang.common.SpreadsheetText;

import id.gerbang.common.Messages;
import id.gerbang.feedback.Programme;
import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The upload template (XLSX): the sheet "Petunjuk" (instructions in Indonesian and English, the code
 * lists), one sheet per kind with the Indonesian headers of {@link UploadColumns}, drop-down lists
 * for the code columns and the programme from a hidden sheet "Kode" (the reference code lists and
 * the catalogue's active programmes as they are today), NIK and case reference as text columns,
 * dates as dates; and the sheet "Contoh" with example rows (synthetic NIKs), which the upload does
 * not read. Text from the catalogue that a spreadsheet would take for a formula is written as a
 * quote-prefixed text cell, as in {@link FeedbackExport}.
 */
@Component
public class UploadTemplate {

    /** Rows of the data sheets that carry the drop-downs and formats. */
    static final int PREPARED_ROWS = 5_000;

    private final CodeLists codes;
    private final ProgrammeCatalogue catalogue;
    private final Messages messages;

    UploadTemplate(CodeLists codes, ProgrammeCatalogue catalogue, Messages messages) {
        this.codes = codes;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    public void write(OutputStream out, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet help = book.createSheet("Petunjuk");
            for (UploadColumns.Layout layout : UploadColumns.LAYOUTS) {
                book.createSheet(layout.sheet());
            }
            Sheet examples = book.createSheet("Contoh");
            Sheet lists = book.createSheet("Kode");
            List<Programme> programmes = catalogue.all().stream().filter(Programme::active).toList();
            listsSheet(book, lists, programmes, styles);
            book.setSheetHidden(book.getSheetIndex(lists), true);
            for (UploadColumns.Layout layout : UploadColumns.LAYOUTS) {
                dataSheet(book.getSheet(layout.sheet()), layout, styles);
            }
            instructions(help, styles, locale, programmes);
            examples(examples, styles, programmes);
            book.setActiveSheet(0);
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle text, CellStyle date, CellStyle header, CellStyle quoted, CellStyle title) {
        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle(), book.createCellStyle(), book.createCellStyle(),
                    book.createCellStyle());
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            quoted.setQuotePrefixed(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
        }
    }

    /** The name of the drop-down range of a column type or code list. */
    private static String rangeName(UploadColumns.Column column) {
        return column.type() == UploadColumns.Type.PROGRAMME ? "PROGRAM"
                : column.type() == UploadColumns.Type.WITHDRAW ? "TARIK" : "KODE_" + column.list();
    }

    private void listsSheet(XSSFWorkbook book, Sheet sheet, List<Programme> programmes, Styles styles) {
        List<String> names = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (CodeList list : List.of(CodeList.VIOLENCE_TYPE, CodeList.INCIDENT_PLACE, CodeList.PERPETRATOR_RELATIONSHIP,
                CodeList.SERVICE, CodeList.DISABILITY)) {
            names.add("KODE_" + list);
            values.add(codes.all(list).stream().map(UploadTemplate::entry).toList());
        }
        names.add("PROGRAM");
        values.add(programmes.isEmpty() ? List.of("-") : programmes.stream().map(p -> p.code() + " - " + p.name()).toList());
        names.add("TARIK");
        values.add(List.of(UploadColumns.YES));
        int longest = values.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r <= longest; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < names.size(); c++) {
                if (r == 0) {
                    row.createCell(c).setCellValue(names.get(c));
                } else if (r - 1 < values.get(c).size()) {
                    text(row, c, values.get(c).get(r - 1), styles);
                }
            }
        }
        for (int c = 0; c < names.size(); c++) {
            Name name = book.createName();
            name.setNameName(names.get(c));
            String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            name.setRefersToFormula("Kode!$" + col + "$2:$" + col + "$" + (values.get(c).size() + 1));
        }
    }

    static String entry(Code code) {
        return code.code() + " - " + code.label();
    }

    private static void text(Row row, int column, String value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (SpreadsheetText.formulaLike(value)) {
            cell.setCellStyle(styles.quoted());
        }
    }

    private static void dataSheet(Sheet sheet, UploadColumns.Layout layout, Styles styles) {
        Row head = sheet.createRow(0);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < layout.columns().size(); i++) {
            UploadColumns.Column column = layout.columns().get(i);
            var cell = head.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, (column.type() == UploadColumns.Type.PROGRAMME ? 34 : 22) * 256);
            switch (column.type()) {
                case NIK, TEXT, CODES -> sheet.setDefaultColumnStyle(i, styles.text());
                case DATE -> sheet.setDefaultColumnStyle(i, styles.date());
                default -> {
                }
            }
            if (column.type() == UploadColumns.Type.CODE || column.type() == UploadColumns.Type.PROGRAMME
                    || column.type() == UploadColumns.Type.WITHDRAW) {
                DataValidationConstraint list = helper.createFormulaListConstraint(rangeName(column));
                DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, PREPARED_ROWS, i, i));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Gerbang", "Pilih dari daftar / choose from the list");
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private void instructions(Sheet sheet, Styles styles, Locale locale, List<Programme> programmes) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(messages.indonesian("feedback.upload.template.title"));
        title.getCell(0).setCellStyle(styles.title());
        sheet.createRow(r++).createCell(0).setCellValue(messages.english("feedback.upload.template.title"));
        r++;
        for (int i = 1; i <= 7; i++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(messages.indonesian("feedback.upload.template.step" + i));
            sheet.createRow(r++).createCell(0).setCellValue(messages.english("feedback.upload.template.step" + i));
        }
        r++;
        for (UploadColumns.Layout layout : UploadColumns.LAYOUTS) {
            Row head = sheet.createRow(r++);
            head.createCell(0).setCellValue(messages.indonesian("feedback.upload.template.sheet", layout.sheet()));
            head.getCell(0).setCellStyle(styles.header());
            for (UploadColumns.Column column : layout.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(column.header() + (column.required() ? " *" : ""));
                row.createCell(1).setCellValue(messages.indonesian("feedback.upload.column." + column.field()));
                row.createCell(2).setCellValue(messages.english("feedback.upload.column." + column.field()));
            }
            r++;
        }
        for (CodeList list : List.of(CodeList.VIOLENCE_TYPE, CodeList.SERVICE)) {
            Row head = sheet.createRow(r++);
            head.createCell(0).setCellValue(messages.indonesian("feedback.upload.template.codes." + list));
            head.getCell(0).setCellStyle(styles.header());
            for (Code code : codes.all(list)) {
                text(sheet.createRow(r++), 0, entry(code), styles);
            }
            r++;
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    /** Example rows: synthetic NIKs (generated serials 9000-9999), never uploaded from this sheet. */
    private void examples(Sheet sheet, Styles styles, List<Programme> programmes) {
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(messages.indonesian("feedback.upload.template.examples"));
        r++;
        List<Code> kinds = codes.all(CodeList.VIOLENCE_TYPE);
        List<Code> places = codes.all(CodeList.INCIDENT_PLACE);
        List<Code> relations = codes.all(CodeList.PERPETRATOR_RELATIONSHIP);
        List<Code> services = codes.all(CodeList.SERVICE);
        String[][] victim = {
                {"3204105208159001", "K-2026/117", first(kinds, 0) + "," + first(kinds, 1), entry(places.getFirst()),
                        entry(relations.getFirst()), "01-03-2026", "02-03-2026", first(services, 0), "", ""},
                {"3204105208159001", "K-2026/116", "", "", "", "", "", "", "", UploadColumns.YES}};
        r = exampleTable(sheet, r, UploadColumns.VICTIM, victim, styles);
        String programme = programmes.isEmpty() ? "" : programmes.getFirst().code() + " - " + programmes.getFirst().name();
        String[][] recipient = {{"3204104501909003", "P-2026/9", programme, "01-03-2026", "Paket sembako", "250000", ""}};
        exampleTable(sheet, r + 1, UploadColumns.PROGRAMME, recipient, styles);
        for (int i = 0; i < 10; i++) {
            sheet.setColumnWidth(i, 22 * 256);
        }
    }

    private static String first(List<Code> list, int index) {
        return list.size() > index ? String.valueOf(list.get(index).code()) : "";
    }

    private static int exampleTable(Sheet sheet, int r, UploadColumns.Layout layout, String[][] rows, Styles styles) {
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(layout.sheet());
        title.getCell(0).setCellStyle(styles.header());
        Row head = sheet.createRow(r++);
        for (int i = 0; i < layout.columns().size(); i++) {
            head.createCell(i).setCellValue(layout.columns().get(i).header());
            head.getCell(i).setCellStyle(styles.header());
        }
        for (String[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                text(row, i, values[i], styles);
            }
        }
        return r;
    }
}
