package org.hifazat.pdq;

/**
 * The eight rotations and flips of an image (the dihedral group of the square). PDQ derives the
 * hash of each from the DCT of the original, without decoding the image again; the result is a few
 * bits from what hashing a really rotated file gives, close enough to match it.
 */
public enum Dihedral {
    /** The image as it is. */
    ORIGINAL("original"),
    /** Rotated 90°. */
    ROTATE_90("rot90"),
    /** Rotated 180°. */
    ROTATE_180("rot180"),
    /** Rotated 270°. */
    ROTATE_270("rot270"),
    /** Mirrored top to bottom. */
    FLIP_X("flipx"),
    /** Mirrored left to right. */
    FLIP_Y("flipy"),
    /** Transposed: mirrored about the main diagonal. */
    FLIP_PLUS_1("flipplus1"),
    /** Mirrored about the anti-diagonal. */
    FLIP_MINUS_1("flipminus1");

    private final String label;

    Dihedral(String label) {
        this.label = label;
    }

    /** The short name Meta's tools use for this variant, e.g. {@code rot90} or {@code flipx}. */
    public String label() {
        return label;
    }
}
