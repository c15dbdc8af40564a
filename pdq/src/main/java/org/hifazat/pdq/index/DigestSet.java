package org.hifazat.pdq.index;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An exact-match set of MD5, SHA-1 or SHA-256 digests, each with a caller-given id. Immutable and
 * thread-safe once built.
 *
 * <p>Layout: digests as big-endian 64-bit words in one flat array, ids in a second, and an
 * open-addressing table of entry numbers (linear probing, at most 2/3 full) keyed by the digest's
 * first word, which is already uniformly distributed. Ten million SHA-256 digests take about 450 MB;
 * a lookup costs one or two cache misses. Duplicate digests are kept, each with its id.
 *
 * <pre>{@code
 * DigestSet md5 = DigestSet.builder(DigestAlgorithm.MD5).add(hex, bankRowId).build();
 * long[] rows = md5.idsOf(MessageDigest.getInstance("MD5").digest(upload));
 * }</pre>
 */
public final class DigestSet {

    private static final long[] NO_IDS = new long[0];

    private final DigestAlgorithm algorithm;
    private final int wordsPerDigest;
    private final long[] digests;
    private final long[] ids;
    private final int size;
    /** Entry + 1 per slot; 0 is an empty slot. */
    private final int[] slots;
    private final int mask;
    private final int shift;

    private DigestSet(DigestAlgorithm algorithm, long[] digests, long[] ids, int size) {
        this.algorithm = algorithm;
        this.wordsPerDigest = algorithm.words();
        this.digests = digests;
        this.ids = ids;
        this.size = size;
        int capacity = Integer.highestOneBit(Math.max(4, size + size / 2) - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
        for (int e = 0; e < size; e++) {
            int slot = slotOf(digests[e * wordsPerDigest]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }

    /** A builder for a set of digests of the given algorithm. */
    public static Builder builder(DigestAlgorithm algorithm) {
        return new Builder(algorithm);
    }

    /** The digest algorithm of this set. */
    public DigestAlgorithm algorithm() {
        return algorithm;
    }

    /** The number of digests (duplicates counted). */
    public int size() {
        return size;
    }

    /** Whether the digest is in the set. */
    public boolean contains(byte[] digest) {
        return idsOf(digest).length > 0;
    }

    /** Whether the digest, in hexadecimal, is in the set. */
    public boolean contains(String hex) {
        return contains(parse(algorithm, hex));
    }

    /** The ids the digest was added with, in the order added; empty if it is not in the set. */
    public long[] idsOf(byte[] digest) {
        long[] key = toWords(algorithm, digest);
        long[] found = NO_IDS;
        for (int slot = slotOf(key[0]); slots[slot] != 0; slot = (slot + 1) & mask) {
            int e = slots[slot] - 1;
            if (Arrays.equals(digests, e * wordsPerDigest, (e + 1) * wordsPerDigest, key, 0, key.length)) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = ids[e];
            }
        }
        Arrays.sort(found);
        return found;
    }

    /** The ids the hexadecimal digest was added with; empty if it is not in the set. */
    public long[] idsOf(String hex) {
        return idsOf(parse(algorithm, hex));
    }

    private int slotOf(long firstWord) {
        // A multiplicative mix, in case digests are fed from a source that is not uniform.
        return (int) ((firstWord * 0x9E3779B97F4A7C15L) >>> shift);
    }

    static byte[] parse(DigestAlgorithm algorithm, String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.bytes() * 2) {
            throw new IllegalArgumentException("a " + algorithm + " digest is " + algorithm.bytes() * 2
                    + " hexadecimal digits, but got " + hex.length() + " characters");
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hexadecimal " + algorithm + " digest: " + hex, e);
        }
    }

    static long[] toWords(DigestAlgorithm algorithm, byte[] digest) {
        if (digest.length != algorithm.bytes()) {
            throw new IllegalArgumentException("a " + algorithm + " digest is " + algorithm.bytes()
                    + " bytes, not " + digest.length);
        }
        long[] words = new long[algorithm.words()];
        for (int i = 0; i < digest.length; i++) {
            words[i / 8] |= (digest[i] & 0xffL) << (56 - 8 * (i % 8));
        }
        return words;
    }

    /** Collects digests for a {@link DigestSet}. Not thread-safe. */
    public static final class Builder {

        private final DigestAlgorithm algorithm;
        private long[] digests;
        private long[] ids = new long[1024];
        private int size;

        private Builder(DigestAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            this.digests = new long[1024 * algorithm.words()];
        }

        /** Adds a digest with its id. */
        public Builder add(byte[] digest, long id) {
            long[] words = toWords(algorithm, digest);
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                digests = Arrays.copyOf(digests, size * 2 * words.length);
            }
            System.arraycopy(words, 0, digests, size * words.length, words.length);
            ids[size++] = id;
            return this;
        }

        /** Adds a hexadecimal digest (either case) with its id. */
        public Builder add(String hex, long id) {
            return add(parse(algorithm, hex), id);
        }

        /** Builds the set. */
        public DigestSet build() {
            return new DigestSet(algorithm, Arrays.copyOf(digests, size * algorithm.words()),
                    Arrays.copyOf(ids, size), size);
        }
    }
}
