package org.hifazat.pdq.index;

import java.util.Arrays;

/**
 * The entries one query has already checked: a small open-addressing set of ints, cleared between
 * queries. A near-duplicate of a cluster is found again in most of the 16 tables; the set makes
 * each one cost a single read of the hash store. Not thread-safe; one per thread.
 */
final class SeenEntries {

    private static final int INITIAL = 256;
    private static final int RETAINED = 1 << 16;

    private int[] slots = new int[INITIAL];
    private int size;

    /** Adds the entry; false if it was already there. */
    boolean add(int entry) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int value = entry + 1;
        for (int i = mix(entry) & mask; ; i = (i + 1) & mask) {
            int v = slots[i];
            if (v == value) {
                return false;
            }
            if (v == 0) {
                slots[i] = value;
                size++;
                return true;
            }
        }
    }

    /** Empties the set, shrinking it if one query made it large. */
    void clear() {
        if (slots.length > RETAINED) {
            slots = new int[INITIAL];
        } else if (size > 0) {
            Arrays.fill(slots, 0);
        }
        size = 0;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int v : old) {
            if (v != 0) {
                add(v - 1);
            }
        }
    }

    private static int mix(int entry) {
        return entry * 0x9E3779B9 >>> 7;
    }
}
