package org.hifazat.pdq.index;

/**
 * The multi-index tables of an index, in one of two layouts: {@link SketchedTables} (fast,
 * 320 bytes per hash) or {@link IndirectTables} (compact, for the largest indexes).
 */
interface ProbeTables {

    /** The chunk layout the tables are keyed by. */
    ChunkLayout layout();

    /** The relative costs the planner weighs for this layout, for searches of the given radius. */
    ProbeCosts costs(int radius);

    /** Reports every entry within the plan's radius of {@code q} (4 words) as variant {@code variant}. */
    void search(long[] q, int variant, SearchPlan plan, int qualityFloor, MatchCollector out);

    /** Approximate bytes held, beyond the hash store. */
    long bytes();
}
