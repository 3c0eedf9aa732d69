package id.gerbang.registry.internal.importer;

import id.gerbang.common.JakartaTime;
import id.gerbang.common.Messages;
import id.gerbang.reference.CodeLists;
import id.gerbang.reference.Regions;
import id.gerbang.registry.NikInspector;
import id.gerbang.registry.internal.BulkLoading;
import id.gerbang.registry.internal.ProgressListener;
import id.gerbang.registry.internal.ResidentBulkWriter;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a DWH extract: a CSV, semicolon-, tab- or pipe-delimited file (detected from the header)
 * whose header names the Dukcapil wire elements. Every row is validated; good rows are upserted by
 * NIK through the bulk writer (COPY on PostgreSQL, batches on H2), so importing the same file twice
 * changes nothing; rejected rows go to the reject report with every reason. Nothing is dropped
 * silently: {@code rows = accepted + rejected}.
 */
@Component
public class ExtractImport {

    private static final Logger log = LoggerFactory.getLogger(ExtractImport.class);
    private static final char[] DELIMITERS = {'|', ';', '\t', ','};

    private final BulkLoading loading;
    private final CodeLists codeLists;
    private final Regions regions;
    private final NikInspector inspector;
    private final Messages messages;
    private final Clock clock;

    ExtractImport(BulkLoading loading, CodeLists codeLists, Regions regions, NikInspector inspector,
            Messages messages, Clock clock) {
        this.loading = loading;
        this.codeLists = codeLists;
        this.regions = regions;
        this.inspector = inspector;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws ImportRefusedException when the file cannot be imported at all; nothing is written then
     */
    public ImportSummary run(Path file, Path reportPath, ProgressListener progress) throws IOException {
        long started = System.nanoTime();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportRefusedException("import.refused.unreadable", file);
        }
        long size = Files.size(file);
        char delimiter = detectDelimiter(file);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                // pipe-delimited extracts do not quote; a stray quote in a name must not swallow rows
                .setQuote(delimiter == '|' ? null : '"')
                .setIgnoreEmptyLines(true)
                .get();
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
                Reader reader = new BufferedReader(new InputStreamReader(counting, lenientUtf8()), 1 << 16);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportRefusedException("import.refused.empty", file);
            }
            String[] header = records.next().values();
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            Map<ExtractColumn, Integer> index = ExtractRow.index(header);
            checkColumns(index);
            List<String> ignored = Arrays.stream(header)
                    .filter(name -> !name.isBlank() && ExtractColumn.of(name).isEmpty()).toList();

            RowValidator validator = new RowValidator(codeLists, regions, inspector, JakartaTime.today(clock));
            RowNumbers niks = new RowNumbers();
            RowNumbers families = new RowNumbers();
            long rows = 0;
            long accepted = 0;
            long rejected = 0;
            long warnings = 0;
            long familyCount = 0;
            try (RejectReport report = new RejectReport(reportPath, messages);
                    ResidentBulkWriter writer = loading.open(WriteMode.UPSERT)) {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    rows++;
                    String[] cells = record.values();
                    ExtractRow row = new ExtractRow(index, cells, record.getRecordNumber());
                    List<Problem> shape = shapeProblems(cells, header.length);
                    RowValidator.Outcome outcome = shape.isEmpty() ? validator.validate(row) : new RowValidator.Rejected(shape);
                    if (outcome instanceof RowValidator.Accepted ok) {
                        long earlier = niks.putIfAbsent(ok.resident().nik(), row.number);
                        if (earlier >= 0) {
                            outcome = new RowValidator.Rejected(List.of(new Problem("import.reject.duplicate", earlier)));
                        } else {
                            if (families.putIfAbsent(ok.family().noKk(), row.number) < 0) {
                                writer.family(ok.family());
                                familyCount++;
                            }
                            writer.resident(ok.resident());
                            accepted++;
                            warnings += ok.warnings();
                        }
                    }
                    if (outcome instanceof RowValidator.Rejected bad) {
                        report.reject(row.number, row.value(ExtractColumn.NIK), bad.problems());
                        rejected++;
                    }
                    progress.update(rows, counting.count());
                }
                writer.finish();
            }
            progress.update(rows, size);
            long elapsed = System.nanoTime() - started;
            log.info("Import: {} rows, {} accepted, {} rejected, {} warnings in {} ms",
                    rows, accepted, rejected, warnings, elapsed / 1_000_000);
            return new ImportSummary(rows, accepted, rejected, warnings, familyCount, reportPath, delimiter, ignored, elapsed);
        } catch (NoSuchFileException e) {
            throw new ImportRefusedException("import.refused.unreadable", file);
        }
    }

    /** A row with fewer cells than the header is broken; extra cells are fine when empty (a trailing delimiter). */
    private static List<Problem> shapeProblems(String[] cells, int expected) {
        if (cells.length < expected) {
            return List.of(new Problem("import.reject.columnCount", cells.length, expected));
        }
        for (int i = expected; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                return List.of(new Problem("import.reject.columnCount", cells.length, expected));
            }
        }
        return List.of();
    }

    private static void checkColumns(Map<ExtractColumn, Integer> index) {
        Set<ExtractColumn> missing = EnumSet.noneOf(ExtractColumn.class);
        for (ExtractColumn column : ExtractColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("import.refused.columns", String.join(", ", missing.stream().map(Enum::name).toList()));
        }
    }

    /** The delimiter that occurs most often in the header line, outside quotes; a comma when none does. */
    static char detectDelimiter(Path file) throws IOException {
        String header;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), lenientUtf8()))) {
            header = reader.readLine();
        }
        if (header == null) {
            return ',';
        }
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (c == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = DELIMITERS.length - 1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Bytes that are not UTF-8 become U+FFFD, which the validator rejects per row instead of failing the file. */
    private static CharsetDecoder lenientUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
