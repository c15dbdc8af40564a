package org.hifazat.pdq.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.index.HashIndex;
import org.hifazat.pdq.index.HashIndexBuilder;
import org.hifazat.pdq.index.Match;
import org.hifazat.pdq.index.MatchQuery;
import org.hifazat.pdq.index.MultiIndexHashIndex;

/**
 * Lookups in a {@link MultiIndexHashIndex} of 1 or 10 million hashes, uniform or clustered, at
 * radius 31 or 15. Setup builds the index once per parameter set (tens of seconds at 10 million)
 * and prints its memory and search plan. Scope a run with {@code -p size=1000000 -p radius=31}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IndexBenchmark {

    private static final int QUERIES = 1 << 14;

    @Param({"1000000", "10000000"})
    public int size;

    @Param({"31", "15"})
    public int radius;

    @Param({"uniform", "clustered"})
    public String distribution;

    /** Substrings per hash; 0 lets the index choose from its size. */
    @Param({"0"})
    public int chunks;

    private MultiIndexHashIndex index;
    private MatchQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        HashSetGenerator generator = new HashSetGenerator(distribution, 20_260_000 + size);
        long start = System.nanoTime();
        HashIndexBuilder builder = HashIndex.builder().expectedSize(size);
        if (chunks > 0) {
            builder.chunkCount(chunks);
        }
        for (int i = 0; i < size; i++) {
            builder.add(generator.next(), 100, i);
        }
        index = builder.build();
        queries = new MatchQuery[QUERIES];
        long matches = 0;
        for (int i = 0; i < QUERIES; i++) {
            PdqHash q = generator.query();
            queries[i] = MatchQuery.of(q).withRadius(radius);
            if (i < 256) {
                matches += index.search(queries[i]).size();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%nindex: %,d %s hashes built in %.1f s; index memory %,d MB (heap used %,d MB); "
                        + "radius %d plan: %s; %.1f matches per query%n",
                size, distribution, (System.nanoTime() - start) / 1e9, index.memoryBytes() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20, radius, index.describePlan(radius), matches / 256.0);
    }

    @Benchmark
    public List<Match> search() {
        return index.search(queries[next++ & (QUERIES - 1)]);
    }
}
