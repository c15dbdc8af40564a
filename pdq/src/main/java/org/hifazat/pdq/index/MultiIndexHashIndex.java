package org.hifazat.pdq.index;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hifazat.pdq.PdqHash;

/**
 * The default {@link HashIndex}: multi-index hashing (Norouzi, Punjani and Fleet) over flat arrays,
 * with a linear scan where that is cheaper.
 *
 * <p>The 256 bits are cut into chunks; each chunk has a table from its value to the entries having
 * it. A hash within radius r of the query must be within a small distance of it in some chunk
 * (pigeonhole), so only the buckets of keys near the query's chunks are read, and each entry found
 * there is checked on all 256 bits. For each radius the expected cost is compared with a scan of all
 * entries, and the cheaper is used: 100% recall either way.
 *
 * <p>Two table layouts (chosen by {@link HashIndexBuilder#memoryBudget}): {@link SketchedTables},
 * 16 chunks of 16 bits with a 128-bit sketch of each hash in the buckets (about 360 bytes per hash,
 * several times faster), and {@link IndirectTables}, chunks of about log2(n) bits holding entry
 * numbers only (about 127 bytes per hash at ten million: 1.27 GB). Immutable and thread-safe once
 * built.
 */
public final class MultiIndexHashIndex implements HashIndex {

    /** How a search is carried out; package-private so tests can force each one. */
    enum Strategy { PLANNED, MULTI_INDEX, SCAN }

    private final HashStore store;
    private final ProbeTables tables;
    private final AtomicReferenceArray<SearchPlan> plans = new AtomicReferenceArray<>(257);

    MultiIndexHashIndex(HashStore store, ProbeTables tables) {
        this.store = store;
        this.tables = tables;
    }

    @Override
    public int size() {
        return store.size;
    }

    @Override
    public List<Match> search(MatchQuery query) {
        return search(query, Strategy.PLANNED);
    }

    /** The number of substrings the hashes are cut into. */
    public int chunkCount() {
        return tables.layout().count;
    }

    /** Approximate bytes of memory held by the index. */
    public long memoryBytes() {
        return store.bytes() + tables.bytes();
    }

    /** How a search of this radius is carried out, in words (for benchmark reports and tuning). */
    public String describePlan(int radius) {
        SearchPlan plan = plan(radius);
        String layout = tables instanceof SketchedTables ? "sketched" : "indirect";
        return plan.scan ? "linear scan" : String.format("multi-index (%s, %d chunks), %.0f probes, %.0f candidates",
                layout, tables.layout().count, plan.expectedProbes, plan.expectedCandidates);
    }

    List<Match> search(MatchQuery query, Strategy strategy) {
        if (query.quality() < query.qualityFloor()) {
            return List.of();
        }
        List<PdqHash> hashes = query.hashes();
        long[][] words = new long[hashes.size()][];
        int[] variants = new int[hashes.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = HashStore.wordsOf(hashes.get(i));
            variants[i] = query.variants().get(i).ordinal();
        }
        SearchPlan plan = plan(query.radius());
        boolean scan = switch (strategy) {
            case PLANNED -> plan.scan;
            case MULTI_INDEX -> !plan.probeable;
            case SCAN -> true;
        };
        MatchCollector out = new MatchCollector();
        if (scan) {
            LinearScan.search(store, words, variants, query.radius(), query.qualityFloor(), out);
        } else {
            for (int i = 0; i < words.length; i++) {
                tables.search(words[i], variants[i], plan, query.qualityFloor(), out);
            }
        }
        return out.matches(store);
    }

    private SearchPlan plan(int radius) {
        SearchPlan plan = plans.get(radius);
        if (plan == null) {
            plan = SearchPlan.forRadius(radius, tables.layout(), store.size, tables.costs(radius));
            plans.set(radius, plan);
        }
        return plan;
    }
}
