package org.hifazat.pdq;

/**
 * A 256-bit PDQ hash. Immutable.
 *
 * <p>Bit {@code k} (0 = least significant) is the bit PDQ computes for DCT coefficient
 * {@code (k / 16, k % 16)}. The text form is the 256-bit number in 64 lowercase hexadecimal digits,
 * most significant first, the form Meta's tools, ThreatExchange and NCMEC exchange.
 */
public final class PdqHash {

    /** Number of bits in a PDQ hash. */
    public static final int BITS = 256;

    /** The all-zero hash, which PDQ gives to images too small to hash. */
    public static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

    private static final int HEX_DIGITS = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;

    private PdqHash(long w0, long w1, long w2, long w3) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    /**
     * The hash whose bits 0–63, 64–127, 128–191 and 192–255 are the given words (bit {@code k} of
     * the hash is bit {@code k % 64} of word {@code k / 64}).
     */
    public static PdqHash of(long bits0To63, long bits64To127, long bits128To191, long bits192To255) {
        return new PdqHash(bits0To63, bits64To127, bits128To191, bits192To255);
    }

    /**
     * Parses the 64-digit hexadecimal form. Upper- and lower-case digits are accepted; nothing else
     * is, not even surrounding spaces.
     *
     * @throws PdqHashFormatException naming the length or the first character that is wrong
     */
    public static PdqHash parse(CharSequence hex) {
        if (hex == null) {
            throw new PdqHashFormatException("a PDQ hash is 64 hexadecimal digits, but got nothing (null)");
        }
        if (hex.length() != HEX_DIGITS) {
            throw new PdqHashFormatException("a PDQ hash is 64 hexadecimal digits, but got "
                    + hex.length() + " characters: \"" + abbreviate(hex) + "\"");
        }
        long[] words = new long[4];
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = hex.charAt(i);
            int digit = Character.digit(c, 16);
            if (digit < 0 || c > 'f') {
                throw new PdqHashFormatException("a PDQ hash is 64 hexadecimal digits, but character "
                        + (i + 1) + " is '" + c + "': \"" + abbreviate(hex) + "\"");
            }
            // Digit i (from the left) holds bits 255-4i .. 252-4i.
            int word = 3 - i / 16;
            words[word] = (words[word] << 4) | digit;
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 80 ? text.toString() : text.subSequence(0, 77) + "...";
    }

    /** Word {@code index} (0–3): bits {@code 64·index} to {@code 64·index + 63} of the hash. */
    public long word(int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("word index " + index + " is not in 0..3");
        };
    }

    /** Whether bit {@code k} (0–255, 0 = least significant) is set. */
    public boolean bit(int k) {
        if (k < 0 || k >= BITS) {
            throw new IndexOutOfBoundsException("bit " + k + " is not in 0..255");
        }
        return ((word(k >>> 6) >>> (k & 63)) & 1L) != 0;
    }

    /** The number of set bits. */
    public int bitCount() {
        return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
    }

    /** The Hamming distance to {@code other}: how many of the 256 bits differ (0–256). */
    public int distance(PdqHash other) {
        return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1)
                + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
    }

    /** The 64-digit lowercase hexadecimal form, most significant digit first. */
    public String toHex() {
        char[] out = new char[HEX_DIGITS];
        long[] words = {w3, w2, w1, w0};
        int pos = 0;
        for (long word : words) {
            for (int shift = 60; shift >= 0; shift -= 4) {
                out[pos++] = HEX[(int) (word >>> shift) & 0xf];
            }
        }
        return new String(out);
    }

    /** Same as {@link #toHex()}. */
    @Override
    public String toString() {
        return toHex();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdqHash h && h.w0 == w0 && h.w1 == w1 && h.w2 == w2 && h.w3 == w3;
    }

    @Override
    public int hashCode() {
        long h = w0 * 31 + w1;
        h = h * 31 + w2;
        h = h * 31 + w3;
        return Long.hashCode(h);
    }
}
