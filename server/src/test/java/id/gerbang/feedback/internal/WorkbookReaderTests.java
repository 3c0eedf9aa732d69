package id.gerbang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.feedback.UploadWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against what an upload may carry: the template's rows, formula cells, and
 * malicious workbooks (a zip bomb, a sheet that inflates to 1 GiB, XXE, billion laughs, an oversized
 * shared-string table, too many rows, something that is not a workbook). Malicious parts are written
 * here as raw OOXML, the way an attacker would, not through POI.
 */
class WorkbookReaderTests {

    record Seen(UploadColumns.Layout layout, int row, List<WorkbookReader.RawCell> cells) {
    }

    static List<Seen> read(byte[] book) {
        List<Seen> rows = new ArrayList<>();
        WorkbookReader.read(book, (layout, n, cells) -> rows.add(new Seen(layout, n, cells)));
        return rows;
    }

    @Test
    void theRowsOfBothSheetsAreReadWithTheirCellsAndFormulasAreNoticedNotEvaluated() {
        byte[] book = UploadWorkbooks.workbook(List.<String[]>of(
                UploadWorkbooks.victim("3204105208150001", "K-1", "01-03-2026"),
                new String[] {"3204105208150001", "K-2", "==SUM(1,2)", "", "", "", "", "", "", ""}),
                List.<String[]>of(new String[] {"3204104501900003", "P-1", "CONTOH-PKH - Program", "01-03-2026", "Paket", "", ""}));

        List<Seen> rows = read(book);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).layout()).isEqualTo(UploadColumns.VICTIM);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).cells()).hasSize(10);
        assertThat(rows.get(0).cells().get(0).text()).isEqualTo("3204105208150001");
        assertThat(rows.get(1).cells().get(2).formula()).isTrue();
        assertThat(rows.get(2).layout()).isEqualTo(UploadColumns.PROGRAMME);
        assertThat(WorkbookReader.count(book)).isEqualTo(3);
        assertThat(UploadRows.read(UploadColumns.VICTIM, rows.get(1).cells()).fault())
                .isEqualTo(new UploadRows.CellFault(2, "feedback.upload.problem.FORMULA"));
        assertThat(UploadRows.read(UploadColumns.VICTIM, rows.get(0).cells()).submission()).isNotNull();
    }

    @Test
    void somethingThatIsNotAWorkbookOrNotTheTemplateIsRefused() {
        assertFailure("PK not really".getBytes(StandardCharsets.UTF_8), WorkbookReader.Failure.NOT_A_WORKBOOK);
        assertFailure(raw(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8), null, "Korban"),
                WorkbookReader.Failure.NOT_THE_TEMPLATE);
        assertFailure(raw(sheet(""), null, "Sheet1"), WorkbookReader.Failure.NOT_THE_TEMPLATE);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        // 256 MiB of one repeated byte inflates from about 256 KB: far beyond POI's inflate-ratio limit
        assertFailure(raw(huge(256L << 20, "<row r=\"2\">".getBytes(StandardCharsets.UTF_8), ' '), null, "Korban"),
                WorkbookReader.Failure.TOO_LARGE);
    }

    @Test
    void aSheetDeclaringAGigabyteIsRefused() {
        // a sheet that claims the whole grid and pads its XML with 300 MB of ordinary-looking cells
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            block.append("<c t=\"inlineStr\"><is><t>x").append(i).append("</t></is></c>");
        }
        assertFailure(raw(huge(300L << 20, ("<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\">")
                .getBytes(StandardCharsets.UTF_8), block.toString()), null, "Korban"), WorkbookReader.Failure.TOO_LARGE);
    }

    @Test
    void xxeAndBillionLaughsAreRefusedWithoutResolvingAnything() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + header() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        assertFailure(raw(xxe.getBytes(StandardCharsets.UTF_8), null, "Korban"), WorkbookReader.Failure.UNSAFE_CONTENT,
                WorkbookReader.Failure.NOT_A_WORKBOOK);
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"");
            laughs.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .append(header()).append("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&l10;</t></is></c></row></sheetData></worksheet>");
        assertFailure(raw(laughs.toString().getBytes(StandardCharsets.UTF_8), null, "Korban"),
                WorkbookReader.Failure.UNSAFE_CONTENT, WorkbookReader.Failure.NOT_A_WORKBOOK);
        // the same attack in the shared strings
        assertFailure(raw(sheet(""), laughs.toString().replace("worksheet", "sst").getBytes(StandardCharsets.UTF_8), "Korban"),
                WorkbookReader.Failure.UNSAFE_CONTENT, WorkbookReader.Failure.NOT_A_WORKBOOK);
    }

    @Test
    void aVeryLargeSharedStringTableIsRefused() {
        // 40 MB of distinct-looking strings, compressing well enough to pass the inflate ratio
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            block.append("<si><t>teks ").append(i * 7919 % 1000).append(" panjang</t></si>");
        }
        byte[] sst = huge(40L << 20, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                .getBytes(StandardCharsets.UTF_8), block.toString(), "</sst>");
        assertFailure(raw(sheet(""), sst, "Korban", true), WorkbookReader.Failure.TOO_LARGE);
    }

    @Test
    void moreThanAHundredThousandRowsAreRefused() {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r <= UploadColumns.MAX_ROWS + 2; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        assertFailure(raw(sheet(rows.toString()), null, "Korban"), WorkbookReader.Failure.TOO_MANY_ROWS);
    }

    private static void assertFailure(byte[] book, WorkbookReader.Failure... expected) {
        assertThatThrownBy(() -> read(book)).isInstanceOf(WorkbookReader.Refused.class)
                .satisfies(e -> assertThat(((WorkbookReader.Refused) e).failure()).isIn((Object[]) expected));
    }

    private static String header() {
        StringBuilder s = new StringBuilder("<row r=\"1\">");
        for (UploadColumns.Column c : UploadColumns.VICTIM.columns()) {
            s.append("<c t=\"inlineStr\"><is><t>").append(c.header()).append("</t></is></c>");
        }
        return s.append("</row>").toString();
    }

    private static byte[] sheet(String rows) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + header() + rows + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A part of about {@code size} bytes: a head, then {@code filler} repeated, then a tail. */
    private static byte[] huge(long size, byte[] head, Object filler, String... tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED))) {
            out.write(head);
            byte[] chunk;
            if (filler instanceof Character c) {
                chunk = new byte[1 << 20];
                java.util.Arrays.fill(chunk, (byte) c.charValue());
            } else {
                chunk = filler.toString().getBytes(StandardCharsets.UTF_8);
            }
            for (long written = head.length; written < size; written += chunk.length) {
                out.write(chunk);
            }
            for (String t : tail) {
                out.write(t.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Precompressed(bytes.toByteArray()).marker();
    }

    /** Raw deflated bytes to be stored as an entry as they are (see {@link #raw}). */
    private record Precompressed(byte[] deflated) {
        byte[] marker() {
            byte[] m = new byte[deflated.length + MAGIC.length];
            System.arraycopy(MAGIC, 0, m, 0, MAGIC.length);
            System.arraycopy(deflated, 0, m, MAGIC.length, deflated.length);
            return m;
        }
    }

    private static final byte[] MAGIC = "\0PRECOMPRESSED\0".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] raw(byte[] sheet, byte[] sharedStrings, String sheetName) {
        return raw(sheet, sharedStrings, sheetName, false);
    }

    /** A minimal XLSX package written by hand: workbook, one sheet, optional shared strings. */
    static byte[] raw(byte[] sheet, byte[] sharedStrings, String sheetName, boolean unused) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (startsWith(content, MAGIC)) {
            // inflate again while writing: ZipOutputStream compresses itself, so stream the data through
            try (var in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(content, MAGIC.length,
                    content.length - MAGIC.length))) {
                in.transferTo(new NoClose(zip));
            }
        } else {
            zip.write(content);
        }
        zip.closeEntry();
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        return a.length >= prefix.length && java.util.Arrays.equals(a, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
