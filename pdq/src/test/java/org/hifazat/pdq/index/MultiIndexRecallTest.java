package org.hifazat.pdq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.index.HashSets.Entry;
import org.hifazat.pdq.index.MultiIndexHashIndex.Strategy;

/**
 * Property: for random and clustered hash sets, every radius, every chunk layout and both
 * search strategies, the index returns exactly what comparing with every entry returns.
 */
class MultiIndexRecallTest {

    private static final int[] RADII = {0, 1, 8, 15, 16, 31, 32, 48, 64};

    /** Layouts: the sketched one, and the indirect one with wide, 16-bit and narrow chunks. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String data : new String[] {"uniform", "clustered"}) {
            for (int chunks : new int[] {0, 12, 16, 24}) {
                cases.add(Arguments.of(data, chunks));
            }
        }
        return cases.stream();
    }

    /** chunks 0: the sketched layout; otherwise the indirect layout with that many chunks. */
    private static MultiIndexHashIndex build(List<Entry> entries, int chunks) {
        HashIndexBuilder builder = HashSets.builderOf(entries);
        return chunks == 0 ? builder.layout(HashIndexBuilder.Layout.SKETCHED).build() : builder.chunkCount(chunks).build();
    }

    @ParameterizedTest(name = "{0} hashes, layout {1}")
    @MethodSource("cases")
    void findsExactlyTheMatchesBruteForceFindsAtEveryRadius(String data, int chunks) {
        Random rnd = new Random(data.hashCode() * 31L + chunks);
        List<Entry> entries = data.equals("uniform")
                ? HashSets.uniform(8_000, rnd)
                : HashSets.clustered(8_000, 200, 20, rnd);
        MultiIndexHashIndex index = build(entries, chunks);

        for (PdqHash query : queries(entries, rnd)) {
            for (int radius : RADII) {
                if (chunks == 12 && radius > 48) {
                    continue;   // forced probing of 21-bit chunks at radius 64: millions of probes
                }
                for (int floor : new int[] {0, 50}) {
                    List<String> expected = HashSets.bruteForce(entries, List.of(query), radius, floor);
                    MatchQuery q = MatchQuery.of(query).withRadius(radius).withQualityFloor(floor);
                    for (Strategy strategy : Strategy.values()) {
                        assertThat(HashSets.describe(index.search(q, strategy)))
                                .as("%s, radius %d, floor %d", strategy, radius, floor)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} hashes, layout {1}")
    @MethodSource("cases")
    void findsExactlyTheMatchesOfAnyDihedralVariant(String data, int chunks) {
        Random rnd = new Random(data.hashCode() * 17L + chunks);
        List<Entry> entries = data.equals("uniform")
                ? HashSets.uniform(4_000, rnd)
                : HashSets.clustered(4_000, 100, 20, rnd);
        MultiIndexHashIndex index = build(entries, chunks);

        for (int i = 0; i < 12; i++) {
            List<PdqHash> variants = new ArrayList<>();
            for (int v = 0; v < 8; v++) {
                // Each variant near a different entry, so several variants match.
                PdqHash near = entries.get(rnd.nextInt(entries.size())).hash();
                variants.add(HashSets.flip(near, rnd.nextInt(30), rnd));
            }
            MatchQuery q = MatchQuery.dihedral(new org.hifazat.pdq.DihedralHashes(variants.toArray(PdqHash[]::new), 80));
            for (int radius : new int[] {0, 15, 31}) {
                List<String> expected = HashSets.bruteForce(entries, variants, radius, 50);
                for (Strategy strategy : Strategy.values()) {
                    assertThat(HashSets.describe(index.search(q.withRadius(radius), strategy)))
                            .as("%s, radius %d", strategy, radius)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** Near-duplicates of entries (0–40 bits away), cluster-free random hashes, and entries themselves. */
    private static List<PdqHash> queries(List<Entry> entries, Random rnd) {
        List<PdqHash> queries = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            queries.add(HashSets.flip(entries.get(rnd.nextInt(entries.size())).hash(), rnd.nextInt(41), rnd));
        }
        for (int i = 0; i < 4; i++) {
            queries.add(HashSets.random(rnd));
            queries.add(entries.get(rnd.nextInt(entries.size())).hash());
        }
        return queries;
    }
}
