package org.hifazat.pdq.hashing;

import java.util.ArrayDeque;

/**
 * The scratch memory of one hash computation, pooled so that hashing a stream of photos does not
 * allocate (and zero) two image-sized planes per photo.
 *
 * <p>Trade-off: at most {@link #POOL_SIZE} workspaces are kept, and none whose planes exceed
 * {@link #RETAINED_PIXELS}, so the pool never holds more than a few hundred megabytes however many
 * threads hash; a bigger image gets a workspace of its own that the garbage collector takes back.
 */
final class Workspace {

    static final long RETAINED_PIXELS = 4L << 20;
    static final int POOL_SIZE = Math.min(8, Runtime.getRuntime().availableProcessors());

    private static final ArrayDeque<Workspace> POOL = new ArrayDeque<>();

    /** rows × cols: the image after the first horizontal pass, one array per row. */
    float[][] rowPlane = new float[0][0];
    /** cols × rows: luma, then the image after the first vertical pass, one array per column. */
    float[][] columnPlane = new float[0][0];
    /** {@link Transposition#BAND} lines of the longer side. */
    float[][] band = new float[0][0];
    /** One running sum per lane. */
    float[] sums = new float[64];
    /** 64 × rows: the 64 sampled columns. */
    float[][] columns = new float[0][0];
    /** rows × 64: the same, transposed. */
    float[][] columnsByRow = new float[0][0];
    final float[][] decimated = new float[64][64];
    final float[][] dctTemp = new float[16][64];
    final float[][] dct = new float[16][16];
    final float[][] dctVariant = new float[16][16];
    final float[] medianScratch = new float[16 * 16];

    private Workspace() {
    }

    /** A workspace large enough for a rows × cols image; give it back with {@link #release()}. */
    static Workspace acquire(int rows, int cols) {
        Workspace ws = null;
        if ((long) rows * cols <= RETAINED_PIXELS) {
            synchronized (POOL) {
                ws = POOL.poll();
            }
        }
        if (ws == null) {
            ws = new Workspace();
        }
        ws.ensure(rows, cols);
        return ws;
    }

    /** Returns the workspace to the pool, unless it is too big to keep or the pool is full. */
    void release() {
        if (floats(rowPlane) > RETAINED_PIXELS || floats(columnPlane) > RETAINED_PIXELS) {
            return;
        }
        synchronized (POOL) {
            if (POOL.size() < POOL_SIZE) {
                POOL.push(this);
            }
        }
    }

    /** Grows the buffers, except the column plane, for a rows × cols image. */
    void ensure(int rows, int cols) {
        int longer = Math.max(Math.max(rows, cols), 64);
        rowPlane = fit(rowPlane, rows, cols);
        band = fit(band, Transposition.BAND, longer);
        if (sums.length < longer) {
            sums = new float[longer];
        }
        columns = fit(columns, 64, rows);
        columnsByRow = fit(columnsByRow, rows, 64);
    }

    /** The cols × rows plane, grown on demand: it is only needed when the luma is read-only. */
    float[][] columnPlane(int rows, int cols) {
        columnPlane = fit(columnPlane, cols, rows);
        return columnPlane;
    }

    private static float[][] fit(float[][] current, int count, int length) {
        if (current.length >= count && (current.length == 0 || current[0].length >= length)) {
            return current;
        }
        return new float[count][length];
    }

    private static long floats(float[][] plane) {
        return plane.length == 0 ? 0 : (long) plane.length * plane[0].length;
    }
}
