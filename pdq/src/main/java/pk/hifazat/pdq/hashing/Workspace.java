package pk.hifazat.pdq.hashing;

import java.util.ArrayDeque;

/**
 * The scratch memory of one hash computation, pooled so that hashing a stream of photos does not
 * allocate (and zero) two image-sized float arrays per photo.
 *
 * <p>Trade-off: at most {@link #POOL_SIZE} workspaces are kept, and none whose planes exceed
 * {@link #RETAINED_PIXELS}, so the pool never holds more than a few hundred megabytes however many
 * threads hash; a bigger image gets a workspace of its own that the garbage collector takes back.
 */
final class Workspace {

    static final long RETAINED_PIXELS = 4L << 20;
    static final int POOL_SIZE = Math.min(8, Runtime.getRuntime().availableProcessors());

    private static final ArrayDeque<Workspace> POOL = new ArrayDeque<>();

    /** Full-size plane, rows × cols. */
    float[] planeA = new float[0];
    /** Second full-size plane, used when the luma itself must not be overwritten. */
    float[] planeB = new float[0];
    /** {@link Transposition#BAND} lines of the longer side. */
    float[] band = new float[0];
    /** One running sum per lane. */
    float[] sums = new float[64];
    /** The 64 decimated columns, 64 × rows. */
    float[] columns = new float[0];
    /** The same transposed, rows × 64. */
    float[] columnsByRow = new float[0];
    final float[] decimated = new float[64 * 64];
    final float[] dctTemp = new float[16 * 64];
    final float[] dct = new float[16 * 16];
    final float[] dctVariant = new float[16 * 16];
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
        if (planeA.length > RETAINED_PIXELS || planeB.length > RETAINED_PIXELS) {
            return;
        }
        synchronized (POOL) {
            if (POOL.size() < POOL_SIZE) {
                POOL.push(this);
            }
        }
    }

    /** The second plane, grown on demand: only needed when the caller's luma is read-only. */
    float[] planeB(int pixels) {
        if (planeB.length < pixels) {
            planeB = new float[pixels];
        }
        return planeB;
    }

    /** Grows the buffers for a rows × cols image. */
    void ensure(int rows, int cols) {
        int pixels = Math.multiplyExact(rows, cols);
        int longer = Math.max(Math.max(rows, cols), 64);
        if (planeA.length < pixels) {
            planeA = new float[pixels];
        }
        if (band.length < Transposition.BAND * longer) {
            band = new float[Transposition.BAND * longer];
        }
        if (sums.length < longer) {
            sums = new float[longer];
        }
        if (columns.length < 64 * rows) {
            columns = new float[64 * rows];
            columnsByRow = new float[64 * rows];
        }
    }
}
