package org.hifazat.pdq.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hifazat.pdq.PdqHash;

/** Random and clustered hash sets, and a brute-force search to check indexes against. */
final class HashSets {

    record Entry(PdqHash hash, int quality, long id) {
    }

    private HashSets() {
    }

    static PdqHash random(Random rnd) {
        return PdqHash.of(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
    }

    /** {@code hash} with exactly {@code bits} distinct bits flipped. */
    static PdqHash flip(PdqHash hash, int bits, Random rnd) {
        long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        int flipped = 0;
        while (flipped < bits) {
            int k = rnd.nextInt(256);
            long before = w[k >>> 6];
            w[k >>> 6] ^= 1L << (k & 63);
            if (Long.bitCount(before ^ hash.word(k >>> 6)) < Long.bitCount(w[k >>> 6] ^ hash.word(k >>> 6))) {
                flipped++;
            } else {
                w[k >>> 6] = before;
            }
        }
        return PdqHash.of(w[0], w[1], w[2], w[3]);
    }

    /** Uniformly random hashes; a tenth of them below quality 50. */
    static List<Entry> uniform(int n, Random rnd) {
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new Entry(random(rnd), quality(rnd), 7_000_000_000L + i));
        }
        return entries;
    }

    /**
     * Clusters like those of real banks (near-duplicates of the same photo): {@code centres} random
     * centres, each with members 1 to {@code maxFlips} bits away.
     */
    static List<Entry> clustered(int n, int centres, int maxFlips, Random rnd) {
        List<PdqHash> centre = new ArrayList<>();
        for (int c = 0; c < centres; c++) {
            centre.add(random(rnd));
        }
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PdqHash member = flip(centre.get(rnd.nextInt(centres)), 1 + rnd.nextInt(maxFlips), rnd);
            entries.add(new Entry(member, quality(rnd), -1_000L - i));
        }
        return entries;
    }

    private static int quality(Random rnd) {
        return rnd.nextInt(10) == 0 ? rnd.nextInt(50) : 50 + rnd.nextInt(51);
    }

    static HashIndexBuilder builderOf(List<Entry> entries) {
        HashIndexBuilder b = HashIndex.builder().expectedSize(entries.size());
        entries.forEach(e -> b.add(e.hash(), e.quality(), e.id()));
        return b;
    }

    /** Matches found by comparing with every entry, in the order an index must return them. */
    static List<String> bruteForce(List<Entry> entries, List<PdqHash> variants, int radius, int floor) {
        List<Match> matches = new ArrayList<>();
        for (Entry e : entries) {
            int best = Integer.MAX_VALUE;
            int bestVariant = -1;
            for (int v = 0; v < variants.size(); v++) {
                int d = variants.get(v).distance(e.hash());
                if (d < best) {
                    best = d;
                    bestVariant = v;
                }
            }
            if (best <= radius && e.quality() >= floor) {
                matches.add(new Match(e.id(), best, org.hifazat.pdq.Dihedral.values()[bestVariant], e.hash(), e.quality()));
            }
        }
        matches.sort((a, b) -> a.distance() != b.distance()
                ? Integer.compare(a.distance(), b.distance()) : Long.compare(a.id(), b.id()));
        return describe(matches);
    }

    static List<String> describe(List<Match> matches) {
        return matches.stream().map(m -> m.id() + "@" + m.distance() + "/" + m.variant().label()).toList();
    }
}
