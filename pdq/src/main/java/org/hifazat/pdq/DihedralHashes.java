package org.hifazat.pdq;

import java.util.Arrays;
import java.util.Objects;

/**
 * The hashes of all eight {@link Dihedral} variants of one image, with its quality.
 * Immutable.
 */
public final class DihedralHashes {

    private static final Dihedral[] VARIANTS = Dihedral.values();

    private final PdqHash[] hashes;
    private final int quality;

    /**
     * @param hashes  one hash per variant, in {@link Dihedral} declaration order
     * @param quality the image's quality, 0–100
     */
    public DihedralHashes(PdqHash[] hashes, int quality) {
        if (hashes.length != VARIANTS.length) {
            throw new IllegalArgumentException("need 8 hashes, got " + hashes.length);
        }
        for (PdqHash h : hashes) {
            Objects.requireNonNull(h, "hash");
        }
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, not " + quality);
        }
        this.hashes = hashes.clone();
        this.quality = quality;
    }

    /** The hash of the given variant. */
    public PdqHash hash(Dihedral variant) {
        return hashes[variant.ordinal()];
    }

    /** The hash of the image as it is. */
    public PdqHash original() {
        return hash(Dihedral.ORIGINAL);
    }

    /** The image's quality, 0–100. */
    public int quality() {
        return quality;
    }

    /** The original hash with the quality. */
    public PdqResult originalResult() {
        return new PdqResult(original(), quality);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DihedralHashes d && d.quality == quality && Arrays.equals(d.hashes, hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes) * 31 + quality;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("DihedralHashes[quality=").append(quality);
        for (Dihedral v : VARIANTS) {
            s.append(", ").append(v.label()).append('=').append(hashes[v.ordinal()]);
        }
        return s.append(']').toString();
    }
}
