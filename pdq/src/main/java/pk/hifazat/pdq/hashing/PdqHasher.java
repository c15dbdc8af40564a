package pk.hifazat.pdq.hashing;

import java.awt.image.BufferedImage;
import java.util.Objects;
import pk.hifazat.pdq.Dihedral;
import pk.hifazat.pdq.DihedralHashes;
import pk.hifazat.pdq.HashMode;
import pk.hifazat.pdq.PdqHash;
import pk.hifazat.pdq.PdqResult;

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
        return compute(image.columns(), image.rows(), image.cols(), false, null, false).result();
    }

    /** The hashes of all eight rotations and flips of {@code image}, and its quality. */
    public DihedralHashes hashDihedral(LumaImage image) {
        return compute(image.columns(), image.rows(), image.cols(), false, null, true).dihedral();
    }

    /** The hash and quality of a decoded image (see {@link LumaImage#from(BufferedImage)}). */
    public PdqResult hash(BufferedImage image) {
        return computeFrom(image, false).result();
    }

    /** The eight dihedral hashes and the quality of a decoded image. */
    public DihedralHashes hashDihedral(BufferedImage image) {
        return computeFrom(image, true).dihedral();
    }

    private Outcome computeFrom(BufferedImage image, boolean dihedral) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        if (rows < MIN_SIDE || cols < MIN_SIDE) {
            return Outcome.TOO_SMALL;
        }
        Workspace ws = Workspace.acquire(rows, cols);
        // The luma is private to this call, so the blur may overwrite it: one plane fewer.
        float[][] luma = ws.columnPlane(rows, cols);
        RasterLuma.fill(image, luma);
        return compute(luma, rows, cols, true, ws, dihedral);
    }

    /**
     * @param ws a workspace already acquired for this image, or null; released here either way
     */
    private Outcome compute(float[][] luma, int rows, int cols, boolean lumaIsScratch, Workspace ws,
                            boolean dihedral) {
        if (rows < MIN_SIDE || cols < MIN_SIDE) {
            if (ws != null) {
                ws.release();
            }
            return Outcome.TOO_SMALL;
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
            // The reference's single-hash path takes a 64×64 image as already downsampled.
            if (rows == 64 && cols == 64 && !dihedral) {
                TentDownsampler.copyWithoutBlur(luma, ws);
            } else {
                TentDownsampler.blurAndDecimate(luma, rows, cols, lumaIsScratch, ws);
            }
            int quality = QualityMetric.of(ws.decimated);
            Dct16.transform(ws.decimated, ws.dctTemp, ws.dct);
            if (!dihedral) {
                return new Outcome(new PdqResult(MedianThreshold.bits(ws.dct, ws.medianScratch), quality), null);
            }
            PdqHash[] hashes = new PdqHash[VARIANTS.length];
            for (Dihedral variant : VARIANTS) {
                DihedralDct.apply(variant, ws.dct, ws.dctVariant);
                hashes[variant.ordinal()] = MedianThreshold.bits(ws.dctVariant, ws.medianScratch);
            }
            return new Outcome(null, new DihedralHashes(hashes, quality));
        } finally {
            ws.release();
        }
    }

    /** What one computation produced: a single result or the eight variants. */
    private record Outcome(PdqResult single, DihedralHashes all) {

        static final Outcome TOO_SMALL = new Outcome(
                new PdqResult(PdqHash.ZERO, 0),
                new DihedralHashes(new PdqHash[] {PdqHash.ZERO, PdqHash.ZERO, PdqHash.ZERO, PdqHash.ZERO,
                    PdqHash.ZERO, PdqHash.ZERO, PdqHash.ZERO, PdqHash.ZERO}, 0));

        PdqResult result() {
            return single;
        }

        DihedralHashes dihedral() {
            return all;
        }
    }
}
