package id.gerbang.registry.internal.importer;

import id.gerbang.common.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reject report: one CSV line per rejected row with its row number in the file (the header is
 * row 1, as a spreadsheet counts), the NIK masked to its district prefix, and every reason in
 * Indonesian and in English. No other value of the row is repeated.
 */
final class RejectReport implements AutoCloseable {

    static final String[] HEADER = {"baris_row", "nik", "alasan", "reason"};

    private final CSVPrinter printer;
    private final Messages messages;

    RejectReport(Path path, Messages messages) throws IOException {
        this.messages = messages;
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    }

    void reject(long row, String nikText, List<Problem> problems) {
        try {
            printer.printRecord(row, masked(nikText),
                    problems.stream().map(p -> messages.indonesian(p.key(), p.args())).collect(Collectors.joining("; ")),
                    problems.stream().map(p -> messages.english(p.key(), p.args())).collect(Collectors.joining("; ")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first six characters (the district of first registration), the rest as asterisks. */
    static String masked(String nikText) {
        String s = nikText.strip();
        if (s.length() <= 6) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 6) + "*".repeat(Math.min(s.length(), 30) - 6);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
