package org.hifazat.pdq.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;

class HashIndexTest {

    private final Random rnd = new Random(5);
    private final PdqHash known = HashSets.random(rnd);

    @Test
    void returnsTheCallersIdsClosestFirstAndEachEntryOnce() {
        PdqHash twoAway = HashSets.flip(known, 2, rnd);
        PdqHash tenAway = HashSets.flip(known, 10, rnd);
        HashIndex index = HashIndex.builder()
                .add(tenAway, 90, 300L)
                .add(known, 100, 100L)
                .add(twoAway, 80, 200L)
                .add(HashSets.random(rnd), 100, 400L)
                .add(twoAway, 80, 150L)
                .build();

        List<Match> matches = index.search(known, 31);

        assertThat(matches).extracting(Match::id).containsExactly(100L, 150L, 200L, 300L);
        assertThat(matches).extracting(Match::distance).containsExactly(0, 2, 2, 10);
        assertThat(matches.get(1).hash()).isEqualTo(twoAway);
        assertThat(matches.get(1).quality()).isEqualTo(80);
        assertThat(matches.get(0).variant()).isEqualTo(Dihedral.ORIGINAL);
    }

    @Test
    void leavesOutIndexedHashesBelowTheQualityFloorUnlessItIsLowered() {
        HashIndex index = HashIndex.builder().add(known, 49, 1).add(known, 50, 2).build();

        assertThat(index.search(MatchQuery.of(known))).extracting(Match::id).containsExactly(2L);
        assertThat(index.search(MatchQuery.of(known).withQualityFloor(0))).extracting(Match::id).containsExactly(1L, 2L);
    }

    @Test
    void matchesNothingForAQueryWhoseOwnQualityIsBelowTheFloor() {
        HashIndex index = HashIndex.builder().add(known, 100, 1).build();

        assertThat(index.search(MatchQuery.of(new PdqResult(known, 30)))).isEmpty();
        assertThat(index.search(MatchQuery.of(new PdqResult(known, 30)).withQualityFloor(30))).hasSize(1);
        assertThat(index.search(MatchQuery.of(known))).hasSize(1);
    }

    @Test
    void reportsTheClosestVariantOfADihedralQuery() {
        PdqHash[] variants = new PdqHash[8];
        for (int v = 0; v < 8; v++) {
            variants[v] = HashSets.random(rnd);
        }
        variants[Dihedral.FLIP_X.ordinal()] = HashSets.flip(known, 12, rnd);
        variants[Dihedral.ROTATE_90.ordinal()] = HashSets.flip(known, 4, rnd);
        HashIndex index = HashIndex.builder().add(known, 100, 9).build();

        List<Match> matches = index.search(MatchQuery.dihedral(new org.hifazat.pdq.DihedralHashes(variants, 100)));

        assertThat(matches).hasSize(1);
        assertThat(matches.getFirst().variant()).isEqualTo(Dihedral.ROTATE_90);
        assertThat(matches.getFirst().distance()).isEqualTo(4);
    }

    @Test
    void searchesAnEmptyIndexAndAnIndexOfOne() {
        assertThat(HashIndex.builder().build().search(known, 64)).isEmpty();
        assertThat(HashIndex.builder().add(known, 100, 1).build().search(known, 0)).hasSize(1);
    }

    @Test
    void choosesMultiIndexProbingForSmallRadiiOverManyHashesAndScanningForLargeOnes() {
        List<HashSets.Entry> entries = HashSets.uniform(200_000, rnd);
        MultiIndexHashIndex fast = HashSets.builderOf(entries).build();
        MultiIndexHashIndex compact = HashSets.builderOf(entries).memoryBudget(0).build();

        assertThat(fast.describePlan(31)).startsWith("multi-index (sketched, 16 chunks)");
        assertThat(compact.describePlan(31)).startsWith("multi-index (indirect, ");
        assertThat(fast.describePlan(15)).startsWith("multi-index");
        assertThat(compact.describePlan(100)).isEqualTo("linear scan");
        assertThat(compact.chunkCount()).isBetween(11, 16);
        assertThat(compact.memoryBytes()).isBetween(200_000L * 41, 200_000L * (41 + 4 * 16) + (16L << 22));
        assertThat(fast.memoryBytes()).isBetween(200_000L * (41 + 320), 200_000L * (41 + 320) + (8L << 20));
    }

    @Test
    void refusesOutOfRangeRadiiFloorsAndQualities() {
        assertThatThrownBy(() -> MatchQuery.of(known).withRadius(257)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchQuery.of(known).withQualityFloor(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashIndex.builder().add(known, 101, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsEveryMemberOfADenseClusterOnceInBothLayouts() {
        PdqHash centre = HashSets.random(rnd);
        List<HashSets.Entry> entries = new java.util.ArrayList<>(HashSets.uniform(5_000, rnd));
        for (int i = 0; i < 3_000; i++) {
            entries.add(new HashSets.Entry(HashSets.flip(centre, 1 + rnd.nextInt(3), rnd), 90, 1_000_000L + i));
        }
        List<String> expected = HashSets.bruteForce(entries, List.of(centre), 31, 50);

        assertThat(expected).hasSizeGreaterThanOrEqualTo(3_000);
        assertThat(HashSets.describe(HashSets.builderOf(entries).build().search(centre, 31))).isEqualTo(expected);
        assertThat(HashSets.describe(HashSets.builderOf(entries).memoryBudget(0).build().search(centre, 31)))
                .isEqualTo(expected);
    }

    @Test
    void findsEveryMatchAcrossAGrowingBuilderOfManyHashes() {
        List<HashSets.Entry> entries = HashSets.clustered(50_000, 2_000, 20, rnd);
        HashIndex index = HashSets.builderOf(entries).build();

        for (int i = 0; i < 200; i++) {
            PdqHash q = HashSets.flip(entries.get(rnd.nextInt(entries.size())).hash(), rnd.nextInt(25), rnd);
            assertThat(HashSets.describe(index.search(q, 31)))
                    .isEqualTo(HashSets.bruteForce(entries, List.of(q), 31, 50));
        }
    }
}
