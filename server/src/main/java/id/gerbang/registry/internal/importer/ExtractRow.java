package id.gerbang.registry.internal.importer;

import java.util.EnumMap;
import java.util.Map;

/** One data row of an extract, read by column; absent columns and cells read as empty. */
final class ExtractRow {

    private final Map<ExtractColumn, Integer> index;
    private final String[] cells;
    final long number;

    ExtractRow(Map<ExtractColumn, Integer> index, String[] cells, long number) {
        this.index = index;
        this.cells = cells;
        this.number = number;
    }

    static Map<ExtractColumn, Integer> index(String[] header) {
        Map<ExtractColumn, Integer> index = new EnumMap<>(ExtractColumn.class);
        for (int i = 0; i < header.length; i++) {
            int position = i;
            ExtractColumn.of(header[i]).ifPresent(column -> index.putIfAbsent(column, position));
        }
        return index;
    }

    /** The trimmed value, empty when the column or the cell is missing. */
    String value(ExtractColumn column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.length || cells[i] == null) {
            return "";
        }
        return cells[i].strip();
    }

    boolean has(ExtractColumn column) {
        return index.containsKey(column);
    }

    int cellCount() {
        return cells.length;
    }
}
