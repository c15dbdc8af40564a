package org.hifazat.pdq.image;

import java.util.concurrent.Semaphore;

/**
 * The memory that the decodes in progress may hold together, so that many threads hashing large
 * images wait for one another instead of all allocating at once: without it, {@code pdq hash} over
 * a folder of images that each claim close to 100 megapixels held several gigabytes at its peak.
 *
 * <p>Each decode reserves an estimate made from the header, before any pixel is allocated, and
 * gives it back when the caller is done with the pixels. An image whose estimate exceeds the whole
 * budget reserves all of it and so runs alone: the budget orders decodes, it never refuses one
 * (the pixel limit does that).
 */
final class DecodingMemory {

    /**
     * Bytes held per decoded pixel: the raster (at most 8, for 16-bit RGBA; for libjpeg-turbo, 4 in
     * the raster and 4 in its native buffer) and the hasher's two float planes (8).
     */
    static final int BYTES_PER_PIXEL = 16;

    private static final long UNIT = 1L << 20;

    /** Half the heap: the other half is left to everything else the process does. */
    private static final DecodingMemory SHARED = new DecodingMemory(Runtime.getRuntime().maxMemory() / 2);

    private final int units;
    private final Semaphore free;

    /** A budget of {@code bytes}, counted in whole megabytes (at least one). */
    DecodingMemory(long bytes) {
        this.units = Math.clamp(bytes / UNIT, 1, Integer.MAX_VALUE);
        this.free = new Semaphore(units, true);
    }

    /** The budget every decoder shares unless it was given its own. */
    static DecodingMemory shared() {
        return SHARED;
    }

    /** Waits until the memory for {@code pixels} decoded pixels is free, and takes it. */
    Reservation reserve(long pixels) {
        long bytes = pixels > Long.MAX_VALUE / BYTES_PER_PIXEL ? Long.MAX_VALUE : pixels * BYTES_PER_PIXEL;
        int wanted = Math.clamp(Math.ceilDiv(bytes, UNIT), 1, units);
        free.acquireUninterruptibly(wanted);
        return new Reservation(free, wanted);
    }

    /** Memory taken from the budget; closing gives it back (once). */
    static final class Reservation implements AutoCloseable {

        private final Semaphore budget;
        private int held;

        private Reservation(Semaphore budget, int held) {
            this.budget = budget;
            this.held = held;
        }

        @Override
        public void close() {
            if (held > 0) {
                budget.release(held);
                held = 0;
            }
        }
    }
}
