package id.gerbang.reference.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.ReferenceError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** A shipped CSV file with a header row, read into memory; failures name the file and line. */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    final String file;
    private final List<CSVRecord> records;
    private final Map<String, Integer> header;

    private CsvTable(String file, List<CSVRecord> records, Map<String, Integer> header) {
        this.file = file;
        this.records = records;
        this.header = header;
    }

    static CsvTable read(String file, byte[] content) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return new CsvTable(file, new ArrayList<>(parser.getRecords()), parser.getHeaderMap());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new GerbangException(ReferenceError.REFERENCE_FILE_INVALID, file, "-");
        }
    }

    List<CSVRecord> rows() {
        return records;
    }

    /** The value of a required column; a missing column or empty value fails with the line number. */
    String required(CSVRecord row, String column) {
        String value = optional(row, column);
        if (value == null) {
            throw invalid(row);
        }
        return value;
    }

    /** The value, or null when the column is absent or empty. */
    @Nullable String optional(CSVRecord row, String column) {
        if (!header.containsKey(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    int requiredInt(CSVRecord row, String column) {
        try {
            return Integer.parseInt(required(row, column));
        } catch (NumberFormatException e) {
            throw invalid(row);
        }
    }

    GerbangException invalid(CSVRecord row) {
        // +1: the header is line 1
        return new GerbangException(ReferenceError.REFERENCE_FILE_INVALID, file,
                String.valueOf(row.getRecordNumber() + 1));
    }
}
