package id.gerbang.registry.internal.generator;

import java.util.Arrays;

/**
 * Hands out serials per key (a NIK's or a No. KK's first twelve digits): a primitive open-addressing
 * map from key to the next serial, about 16 bytes per key, so a generator run of millions of
 * residents keeps no objects per resident.
 */
final class SerialCounter {

    private static final long EMPTY = -1;

    private final int first;
    private final int last;
    private long[] keys;
    private short[] used;
    private int size;

    /** Serials {@code first..last} inclusive for each key. */
    SerialCounter(int first, int last) {
        if (first < 1 || last > 9999 || last - first > Short.MAX_VALUE) {
            throw new IllegalArgumentException("serial range " + first + ".." + last);
        }
        this.first = first;
        this.last = last;
        this.keys = new long[1 << 12];
        this.used = new short[1 << 12];
        Arrays.fill(keys, EMPTY);
    }

    /** The next serial for the key, or -1 when all of its serials are taken. */
    int next(long key) {
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            used[slot] = 0;
            if (++size * 2 > keys.length) {
                grow();
                slot = slot(keys, key);
            }
        }
        int taken = used[slot];
        if (first + taken > last) {
            return -1;
        }
        used[slot] = (short) (taken + 1);
        return first + taken;
    }

    int keys() {
        return size;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) (mix(key) & mask);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        short[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new short[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                used[slot] = oldUsed[i];
            }
        }
    }
}
