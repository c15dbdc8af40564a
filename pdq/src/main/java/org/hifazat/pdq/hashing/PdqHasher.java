package org.hifazat.pdq.hashing;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;

/**
 * Computes PDQ hashes of decoded images, bit for bit as Meta's reference implementation does.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * PdqResult r = new PdqHasher().hash(LumaImage.fromRgb(pixels, height, width));
 * }</pre>
 */
public final class PdqHasher {

    /** Images with a side shorter than this hash to all zeros with quality 0. */
    public static final int MIN_SIDE = 5;

    private static final Dihedral[] VARIANTS = Dihedral.values();

    private final HashMode mode;

    /** A hasher of {@link HashMode#CORE} PDQ. */
    public PdqHasher() {
        this(HashMode.CORE);
    }

    /** A hasher of the given flavour. */
    public PdqHasher(HashMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** The flavour this hasher computes. */
    public HashMode mode() {
        return mode;
    }

    /** The hash and quality of {@code image}. */
    public PdqResult hash(LumaImage image) {
        return compute(image.columns(), image.rows(), image.cols(), false, null, Finish.SINGLE);
    }

    /** The hashes of all eight rotations and flips of {@code image}, and its quality. */
    public DihedralHashes hashDihedral(LumaImage image) {
        return compute(image.columns(), image.rows(), image.cols(), false, null, Finish.DIHEDRAL);
    }

    /** The hash and quality of a decoded image (see {@link LumaImage#from(BufferedImage)}). */
    public PdqResult hash(BufferedImage image) {
        return computeFrom(image, Finish.SINGLE);
    }

    /** The eight dihedral hashes and the quality of a decoded image. */
    public DihedralHashes hashDihedral(BufferedImage image) {
        return computeFrom(image, Finish.DIHEDRAL);
    }

    private <T> T computeFrom(BufferedImage image, Finish<T> finish) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        if (rows < MIN_SIDE || cols < MIN_SIDE) {
            return finish.tooSmall();
        }
        Workspace ws = Workspace.acquire(rows, cols);
        // The luma is private to this call, so the blur may overwrite it: one plane fewer.
        float[][] luma = ws.columnPlane(rows, cols);
        RasterLuma.fill(image, luma);
        return compute(luma, rows, cols, true, ws, finish);
    }

    /**
     * @param ws a workspace already acquired for this image, or null; released here either way
     */
    private <T> T compute(float[][] luma, int rows, int cols, boolean lumaIsScratch, Workspace ws,
                          Finish<T> finish) {
        if (rows < MIN_SIDE || cols < MIN_SIDE) {
            if (ws != null) {
                ws.release();
            }
            return finish.tooSmall();
        }
        if (mode == HashMode.CLI && NearestSquash.applies(rows, cols)) {
            luma = NearestSquash.squash(luma, rows, cols);
            rows = NearestSquash.SIDE;
            cols = NearestSquash.SIDE;
            lumaIsScratch = true;
        }
        if (ws == null) {
            ws = Workspace.acquire(rows, cols);
        } else {
            ws.ensure(rows, cols);
        }
        try {
            // The reference's single-hash path takes a 64×64 image as already downsampled; its
            // dihedral path blurs it all the same.
            if (rows == 64 && cols == 64 && finish == Finish.SINGLE) {
                TentDownsampler.copyWithoutBlur(luma, ws);
            } else {
                TentDownsampler.blurAndDecimate(luma, rows, cols, lumaIsScratch, ws);
            }
            int quality = QualityMetric.of(ws.decimated);
            Dct16.transform(ws.decimated, ws.dctTemp, ws.dct);
            return finish.from(ws, quality);
        } finally {
            ws.release();
        }
    }

    /** The last step: bits from the DCT coefficients, for the original only or all eight variants. */
    private interface Finish<T> {

        Finish<PdqResult> SINGLE = new Finish<>() {
            @Override
            public PdqResult from(Workspace ws, int quality) {
                return new PdqResult(MedianThreshold.bits(ws.dct, ws.medianScratch), quality);
            }

            @Override
            public PdqResult tooSmall() {
                return new PdqResult(PdqHash.ZERO, 0);
            }
        };

        Finish<DihedralHashes> DIHEDRAL = new Finish<>() {
            @Override
            public DihedralHashes from(Workspace ws, int quality) {
                PdqHash[] hashes = new PdqHash[VARIANTS.length];
                for (Dihedral variant : VARIANTS) {
                    DihedralDct.apply(variant, ws.dct, ws.dctVariant);
                    hashes[variant.ordinal()] = MedianThreshold.bits(ws.dctVariant, ws.medianScratch);
                }
                return new DihedralHashes(hashes, quality);
            }

            @Override
            public DihedralHashes tooSmall() {
                PdqHash[] zeros = new PdqHash[VARIANTS.length];
                Arrays.fill(zeros, PdqHash.ZERO);
                return new DihedralHashes(zeros, 0);
            }
        };

        T from(Workspace ws, int quality);

        T tooSmall();
    }
}
