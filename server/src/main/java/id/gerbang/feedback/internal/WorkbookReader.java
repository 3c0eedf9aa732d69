package id.gerbang.feedback.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded workbook as a stream (ADR 0110): the package through POI's zip reader with its
 * zip-bomb checks (inflate ratio, largest entry; entries above 16 MB go to AES-encrypted temporary
 * files), the shared strings through POI's read-only table from a stream of at most
 * {@link #MAX_SHARED_STRINGS_BYTES}, and each sheet's XML with POI's hardened SAX parser (no
 * DOCTYPE, so no external entities and no entity expansion) and a handler of our own that sees every
 * cell's type: formula cells are reported as such, never evaluated. Only the sheets named by
 * {@link UploadColumns#LAYOUTS} are read, at most {@link UploadColumns#MAX_ROWS} data rows in all.
 */
public final class WorkbookReader {

    static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHEET_BYTES = 256L * 1024 * 1024;
    static final int MAX_COLUMNS = 64;

    static {
        // POI's limits are process-wide; these are the ones every workbook Gerbang reads lives with.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(16 * 1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    /** Why a workbook is refused as a whole; texts {@code feedback.upload.failure.<NAME>}. */
    public enum Failure { NOT_A_WORKBOOK, NOT_THE_TEMPLATE, TOO_MANY_ROWS, TOO_LARGE, UNSAFE_CONTENT, INTERRUPTED, BUSY }

    public static final class Refused extends RuntimeException {
        private final Failure failure;

        public Refused(Failure failure, @Nullable Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** One cell as written: its text (a number as Java prints it), its number, whether it is a formula. */
    public record RawCell(String text, @Nullable Double number, boolean formula) {
        static final RawCell EMPTY = new RawCell("", null, false);

        public boolean blank() {
            return !formula && text.isBlank();
        }
    }

    /** Receives the data rows (not the header) of each sheet, in order. */
    public interface RowHandler {
        void row(UploadColumns.Layout layout, int rowNumber, List<RawCell> cells);
    }

    private WorkbookReader() {
    }

    /** The number of non-empty data rows of the template's sheets (for the progress bar). */
    public static int count(byte[] workbook) {
        int[] rows = new int[1];
        read(workbook, (layout, n, cells) -> rows[0]++);
        return rows[0];
    }

    /**
     * Reads the template's sheets and hands each non-empty data row to {@code handler}.
     *
     * @throws Refused when the workbook is not one, not the template, too large or unsafe
     */
    public static void read(byte[] workbook, RowHandler handler) {
        if (workbook.length < 4 || workbook[0] != 'P' || workbook[1] != 'K' || workbook[2] != 3 || workbook[3] != 4) {
            throw new Refused(Failure.NOT_A_WORKBOOK, null);
        }
        OPCPackage pkg = open(workbook);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(reader);
            int[] total = new int[1];
            boolean found = false;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    UploadColumns.Layout layout = layout(sheets.getSheetName());
                    if (layout == null) {
                        continue;
                    }
                    found = true;
                    parse(new Limited(sheet, MAX_SHEET_BYTES), new SheetHandler(layout, strings, handler, total));
                }
            }
            if (!found) {
                throw new Refused(Failure.NOT_THE_TEMPLATE, null);
            }
        } catch (Refused e) {
            throw e;
        } catch (HandlerFailed e) {
            throw e.failure;
        } catch (TooLarge e) {
            throw new Refused(Failure.TOO_LARGE, e);
        } catch (SAXException e) {
            if (e.getCause() instanceof HandlerFailed h) {
                throw h.failure;
            }
            throw e.getCause() instanceof Refused r ? r : new Refused(Failure.UNSAFE_CONTENT, e);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new Refused(tooLarge(e) ? Failure.TOO_LARGE : Failure.NOT_A_WORKBOOK, e);
        } finally {
            pkg.revert(); // closes without writing anything back
        }
    }

    private static OPCPackage open(byte[] workbook) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(workbook));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new Refused(Failure.NOT_A_WORKBOOK, e);
        } catch (IOException | RuntimeException e) {
            throw new Refused(tooLarge(e) ? Failure.TOO_LARGE : Failure.NOT_A_WORKBOOK, e);
        }
    }

    /** POI's zip-bomb and entry-size checks, and our own byte limits, anywhere in the causes. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof TooLarge || m.contains("zip bomb") || m.contains("max entry size")
                    || m.contains("exceeds the maximum") || m.contains("too many") || m.contains("max file count")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sharedStrings(XSSFReader reader) throws IOException, SAXException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (IllegalArgumentException | org.apache.poi.openxml4j.exceptions.InvalidFormatException none) {
            return List.of();
        }
        if (data == null) {
            return List.of();
        }
        try (InputStream in = new Limited(data, MAX_SHARED_STRINGS_BYTES)) {
            ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(in, false);
            int n = table.getUniqueCount() > 0 ? table.getUniqueCount() : table.getCount();
            if (n > MAX_SHARED_STRINGS) {
                throw new TooLarge();
            }
            List<String> strings = new ArrayList<>(Math.min(n, MAX_SHARED_STRINGS));
            for (int i = 0; ; i++) {
                try {
                    strings.add(table.getItemAt(i).getString());
                } catch (IndexOutOfBoundsException | IllegalStateException end) {
                    break;
                }
            }
            return strings;
        }
    }

    private static UploadColumns.@Nullable Layout layout(String sheetName) {
        for (UploadColumns.Layout layout : UploadColumns.LAYOUTS) {
            if (layout.sheet().equalsIgnoreCase(sheetName.strip())) {
                return layout;
            }
        }
        return null;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            try {
                xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
                // POI's reader already refuses external entities and limits expansion
            }
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the row handler threw, passed on as it is (not taken for a fault of the workbook). */
    static final class HandlerFailed extends RuntimeException {
        final RuntimeException failure;

        HandlerFailed(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** A part's XML larger than its limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("part exceeds the maximum read");
        }
    }

    /** Counts what it reads and stops the read past {@code max} bytes. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge();
            }
        }
    }

    /** The sheet's XML: rows of cells, each cell's type and value, formulas noticed. */
    private static final class SheetHandler extends DefaultHandler {
        private final UploadColumns.Layout layout;
        private final List<String> strings;
        private final RowHandler handler;
        private final int[] total;
        private final StringBuilder value = new StringBuilder();
        private final List<RawCell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private @Nullable String type;
        private boolean formula;
        private boolean inValue;
        private boolean header = true;

        SheetHandler(UploadColumns.Layout layout, List<String> strings, RowHandler handler, int[] total) {
            this.layout = layout;
            this.strings = strings;
            this.handler = handler;
            this.total = total;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (column < MAX_COLUMNS) {
                        while (cells.size() < column) {
                            cells.add(RawCell.EMPTY);
                        }
                        if (cells.size() == column) {
                            cells.add(cell());
                        }
                    }
                }
                case "row" -> row();
                default -> {
                }
            }
        }

        private RawCell cell() {
            String v = value.toString();
            if ("s".equals(type)) {
                int i;
                try {
                    i = Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    return new RawCell("", null, formula);
                }
                return new RawCell(i >= 0 && i < strings.size() ? strings.get(i) : "", null, formula);
            }
            if (type == null || "n".equals(type)) {
                try {
                    double d = Double.parseDouble(v.strip());
                    return new RawCell(v.strip(), d, formula);
                } catch (NumberFormatException e) {
                    return new RawCell(v, null, formula);
                }
            }
            return new RawCell(v, null, formula);
        }

        private void row() throws SAXException {
            boolean empty = cells.stream().allMatch(RawCell::blank);
            if (header) {
                if (empty) {
                    return;
                }
                header = false;
                if (!headerMatches()) {
                    throw new SAXException(new Refused(Failure.NOT_THE_TEMPLATE, null));
                }
                return;
            }
            if (empty) {
                return;
            }
            if (++total[0] > UploadColumns.MAX_ROWS) {
                throw new SAXException(new Refused(Failure.TOO_MANY_ROWS, null));
            }
            List<RawCell> row = new ArrayList<>(layout.columns().size());
            for (int i = 0; i < layout.columns().size(); i++) {
                row.add(i < cells.size() ? cells.get(i) : RawCell.EMPTY);
            }
            try {
                handler.row(layout, rowNumber, row);
            } catch (RuntimeException e) {
                throw new HandlerFailed(e);
            }
        }

        private boolean headerMatches() {
            for (int i = 0; i < layout.columns().size(); i++) {
                String text = i < cells.size() ? cells.get(i).text().strip() : "";
                if (!text.equalsIgnoreCase(layout.columns().get(i).header())) {
                    return false;
                }
            }
            return true;
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (col > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
            }
            return col - 1;
        }
    }
}
