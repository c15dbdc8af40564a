package org.hifazat.pdq.bench;

import java.util.SplittableRandom;
import org.hifazat.pdq.PdqHash;

/**
 * Benchmark hash sets. Uniform: independent random hashes. Clustered: what real banks look like,
 * many near-duplicates of fewer originals: 10,000 random centres, each member 1 to 20 bits from its
 * centre.
 */
final class HashSetGenerator {

    static final int CENTRES = 10_000;
    static final int MAX_MEMBER_FLIPS = 20;

    private final SplittableRandom random;
    private final boolean clustered;
    private final PdqHash[] centres;

    HashSetGenerator(String distribution, long seed) {
        this.random = new SplittableRandom(seed);
        this.clustered = switch (distribution) {
            case "uniform" -> false;
            case "clustered" -> true;
            default -> throw new IllegalArgumentException("distribution must be uniform or clustered: " + distribution);
        };
        this.centres = new PdqHash[clustered ? CENTRES : 0];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random();
        }
    }

    /** The next indexed hash. */
    PdqHash next() {
        return clustered ? flip(centres[random.nextInt(CENTRES)], 1 + random.nextInt(MAX_MEMBER_FLIPS)) : random();
    }

    /**
     * A query: for uniform sets a random hash (a radius-31 neighbour almost never exists); for
     * clustered sets a new near-duplicate of a cluster (up to 10 more bits), which matches its
     * cluster's members.
     */
    PdqHash query() {
        return clustered ? flip(next(), random.nextInt(11)) : random();
    }

    private PdqHash random() {
        return PdqHash.of(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    private PdqHash flip(PdqHash hash, int bits) {
        long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        for (int i = 0; i < bits; i++) {
            int k = random.nextInt(256);
            w[k >>> 6] ^= 1L << (k & 63);
        }
        return PdqHash.of(w[0], w[1], w[2], w[3]);
    }
}
