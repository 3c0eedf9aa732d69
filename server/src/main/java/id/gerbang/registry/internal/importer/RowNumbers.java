package id.gerbang.registry.internal.importer;

import java.util.Arrays;

/**
 * Remembers the row at which each key (a NIK, a No. KK) was first seen in a file: a primitive
 * open-addressing map of about 24 bytes per key, so a file of millions of rows needs no objects
 * per row.
 */
final class RowNumbers {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 14];
    private long[] rows = new long[1 << 14];
    private int size;

    RowNumbers() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the key at {@code row} unless already seen; returns the earlier row, or -1 when new. */
    long putIfAbsent(long key, long row) {
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return rows[slot];
        }
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) ((h ^ (h >>> 29)) & mask);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
