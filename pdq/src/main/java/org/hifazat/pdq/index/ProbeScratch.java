package org.hifazat.pdq.index;

/**
 * Per-thread buffers of the table searches ({@link IndirectTables}' bucket bounds and candidates,
 * {@link SketchedTables}' set of checked entries), so a query allocates nothing in proportion to its
 * probes. Buffers above {@link #RETAINED} ints (a rare large-radius query) are not kept.
 */
final class ProbeScratch {

    private static final int RETAINED = 1 << 18;
    private static final ThreadLocal<ProbeScratch> PER_THREAD = ThreadLocal.withInitial(ProbeScratch::new);

    int[] from = new int[1024];
    int[] to = new int[1024];
    int[] candidates = new int[4096];
    final SeenEntries seen = new SeenEntries();

    /** This thread's set of checked entries, empty. */
    static SeenEntries seen() {
        return PER_THREAD.get().seen;
    }

    static ProbeScratch get(int probes, int candidates) {
        ProbeScratch s = PER_THREAD.get();
        if (s.from.length < probes) {
            s.from = new int[probes];
            s.to = new int[probes];
        }
        if (s.candidates.length < candidates) {
            s.candidates = new int[candidates];
        }
        return s;
    }

    /** Drops buffers that grew too large to keep around. */
    void trim() {
        if (from.length > RETAINED) {
            from = new int[1024];
            to = new int[1024];
        }
        if (candidates.length > RETAINED) {
            candidates = new int[4096];
        }
    }
}
