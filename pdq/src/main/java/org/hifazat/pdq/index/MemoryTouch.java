package org.hifazat.pdq.index;

/**
 * Loads whose only purpose is to bring cache lines in before they are used: Java has no prefetch
 * instruction, and a loop with one independent load per iteration keeps many more cache misses in
 * flight than the loop that then uses the data.
 */
final class MemoryTouch {

    /** Written only if the sum hits a value it practically never has; keeps the loads alive. */
    @SuppressWarnings("unused")
    private static long sink;

    private MemoryTouch() {
    }

    /**
     * Touches {@code array[index[i]]} for {@code from <= i < from + count}; positions past
     * the end (an empty last bucket) are clamped.
     */
    static void indexed(int[] array, int[] index, int from, int count) {
        if (array.length == 0) {
            return;
        }
        int last = array.length - 1;
        long sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += array[Math.min(index[i], last)];
        }
        keep(sum);
    }

    /** Touches {@code array[2 * start[key ^ mask]]} for every mask: the first sketch of each bucket. */
    static void buckets(long[] array, int[] start, int key, int[] masks) {
        if (array.length == 0) {
            return;
        }
        int last = array.length - 1;
        long sum = 0;
        for (int mask : masks) {
            sum += array[Math.min(2 * start[key ^ mask], last)];
        }
        keep(sum);
    }

    /** Touches the first and last word of the 4-word hash of every entry listed. */
    static void hashes(long[] words, int[] entries, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            int b = entries[i] * 4;
            sum += words[b] + words[b + 3];
        }
        keep(sum);
    }

    private static void keep(long sum) {
        if (sum == 0x5EED_5EED_5EED_5EEDL) {
            sink = sum;
        }
    }
}
