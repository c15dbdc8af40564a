package org.hifazat.pdq.index;

import java.util.stream.IntStream;

/**
 * The compact layout: per chunk of about log2(n) bits, a {@link SlotTable} of entry numbers;
 * candidates are checked against the hash store. 4 bytes per possible key plus about 2.7 bytes per
 * entry and chunk: about 740 MB of tables for ten million hashes.
 *
 * <p>Performance invariant: a lookup is done in passes, each a loop of independent memory reads
 * whose addresses do not wait on a branch over freshly loaded data: (1) the slot of every probed
 * bucket, which for most is the whole bucket, (2) the size of every bucket of several entries,
 * (3) the entry numbers, (4) a touch of every candidate's hash, (5) the distances, now from cache. Done bucket by bucket instead, every bucket's
 * length, a cache miss, decides a branch; the processor cannot look past it and takes the misses
 * one at a time. The touch passes exist because a loop with a single load per iteration keeps far
 * more misses in flight than the distance loop with its four loads and popcounts. Trade-off: three
 * small buffers per thread.
 *
 * <p>Duplicates: normally an entry is reported only by the first table, in chunk order, that finds
 * it (each finding table would, so exactly one does). When a query lands in a cluster of
 * near-duplicates, each member is found by most tables; then the candidates are first reduced to
 * distinct entries, so that each member costs one read of the store, not one per table.
 */
final class IndirectTables implements ProbeTables {

    private static final ProbeCosts COSTS = new ProbeCosts(1.0, 1.0, 0.12);

    private final HashStore store;
    private final ChunkLayout layout;
    private final SlotTable[] tables;

    IndirectTables(HashStore store, ChunkLayout layout) {
        this.store = store;
        this.layout = layout;
        this.tables = new SlotTable[layout.count];
        // Each chunk's table is independent of the others: built on every core (ten million hashes
        // in about half the time on two), at the cost of one chunk's sorting arrays per core held at
        // once (about 100 MB each at ten million).
        IntStream.range(0, layout.count).parallel().forEach(t -> tables[t] = SlotTable.build(store, layout, t));
    }

    @Override
    public ChunkLayout layout() {
        return layout;
    }

    @Override
    public ProbeCosts costs(int radius) {
        return COSTS;
    }

    @Override
    public long bytes() {
        long bytes = 0;
        for (SlotTable table : tables) {
            bytes += table.bytes();
        }
        return bytes;
    }

    @Override
    public void search(long[] q, int variant, SearchPlan plan, int qualityFloor, MatchCollector out) {
        int[][] masks = plan.masks(layout);
        int probes = 0;
        for (int[] m : masks) {
            probes += m.length;
        }
        ProbeScratch scratch = ProbeScratch.get(probes, 0);
        readSlots(q, masks, scratch.from);
        int total = countCandidates(masks, scratch.from);
        scratch = ProbeScratch.get(probes, total);
        int[] candidates = scratch.candidates;
        int[] tableEnd = gatherCandidates(masks, scratch.from, candidates);
        if (total > 2 * plan.expectedCandidates + 64) {
            // Far more candidates than unrelated hashes give: a cluster of near-duplicates, each
            // found in most tables. Checking each once beats reading the store for every copy.
            int unique = keepFirstOccurrences(candidates, total, scratch.seen);
            MemoryTouch.hashes(store.words, candidates, unique);
            checkUnique(q, candidates, unique, variant, plan.radius, qualityFloor, out);
        } else {
            MemoryTouch.hashes(store.words, candidates, total);
            checkCandidates(q, candidates, tableEnd, variant, plan, qualityFloor, out);
        }
        scratch.trim();
    }

    /** Pass 1: the slot of every probed key. */
    private void readSlots(long[] q, int[][] masks, int[] slots) {
        int i = 0;
        for (int t = 0; t < masks.length; t++) {
            int[] slot = tables[t].slot;
            int key = layout.bits(q[0], q[1], q[2], q[3], t);
            for (int mask : masks[t]) {
                slots[i++] = slot[key ^ mask];
            }
        }
    }

    /**
     * Pass 2: the number of candidates, reading the size of every bucket of several entries. The
     * addresses come from the slots, already in cache, so these reads are all in flight at once.
     */
    private int countCandidates(int[][] masks, int[] slots) {
        int total = 0;
        int i = 0;
        for (int t = 0; t < masks.length; t++) {
            int[] overflow = tables[t].overflow;
            for (int j = 0; j < masks[t].length; j++, i++) {
                int s = slots[i];
                total += s >= 0 ? 1 : s == SlotTable.EMPTY ? 0 : overflow[-2 - s];
            }
        }
        return total;
    }

    /** Pass 3: the entry numbers of all probed buckets; returns where each table's end. */
    private int[] gatherCandidates(int[][] masks, int[] slots, int[] candidates) {
        int[] tableEnd = new int[masks.length];
        int n = 0;
        int i = 0;
        for (int t = 0; t < masks.length; t++) {
            int[] overflow = tables[t].overflow;
            for (int j = 0; j < masks[t].length; j++, i++) {
                int s = slots[i];
                if (s >= 0) {
                    candidates[n++] = s;
                } else if (s != SlotTable.EMPTY) {
                    int o = -2 - s;
                    for (int p = o + 1, end = o + 1 + overflow[o]; p < end; p++) {
                        candidates[n++] = overflow[p];
                    }
                }
            }
            tableEnd[t] = n;
        }
        return tableEnd;
    }

    /** Moves the first occurrence of each entry to the front, in order; returns how many there are. */
    private static int keepFirstOccurrences(int[] candidates, int count, SeenEntries seen) {
        int unique = 0;
        for (int c = 0; c < count; c++) {
            if (seen.add(candidates[c])) {
                candidates[unique++] = candidates[c];
            }
        }
        seen.clear();
        return unique;
    }

    /** Pass 5 for distinct candidates: no table order to respect. */
    private void checkUnique(long[] q, int[] candidates, int count, int variant, int radius, int qualityFloor,
                             MatchCollector out) {
        long[] words = store.words;
        for (int c = 0; c < count; c++) {
            int e = candidates[c];
            int b = e * 4;
            int d = Long.bitCount(words[b] ^ q[0]) + Long.bitCount(words[b + 1] ^ q[1])
                    + Long.bitCount(words[b + 2] ^ q[2]) + Long.bitCount(words[b + 3] ^ q[3]);
            if (d <= radius && store.quality[e] >= qualityFloor) {
                out.add(e, d, variant);
            }
        }
    }

    /** Pass 5: the full distance of every candidate; an entry is reported by the first table finding it. */
    private void checkCandidates(long[] q, int[] candidates, int[] tableEnd, int variant, SearchPlan plan,
                                 int qualityFloor, MatchCollector out) {
        long[] words = store.words;
        long q0 = q[0];
        long q1 = q[1];
        long q2 = q[2];
        long q3 = q[3];
        int radius = plan.radius;
        int c = 0;
        for (int t = 0; t < tableEnd.length; t++) {
            for (; c < tableEnd[t]; c++) {
                int e = candidates[c];
                int b = e * 4;
                long x0 = words[b] ^ q0;
                long x1 = words[b + 1] ^ q1;
                long x2 = words[b + 2] ^ q2;
                long x3 = words[b + 3] ^ q3;
                int d = Long.bitCount(x0) + Long.bitCount(x1) + Long.bitCount(x2) + Long.bitCount(x3);
                if (d <= radius && store.quality[e] >= qualityFloor
                        && plan.firstTableFinding(layout, x0, x1, x2, x3, t)) {
                    out.add(e, d, variant);
                }
            }
        }
    }
}
