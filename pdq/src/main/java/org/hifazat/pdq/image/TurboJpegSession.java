package org.hifazat.pdq.image;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One TurboJPEG decompressor with its native buffers, reused from decode to decode. Sessions are
 * pooled rather than kept per thread because the application decodes on virtual threads, each
 * used once. The pool keeps at most a few idle sessions per core, each holding at most
 * {@link #KEPT_BUFFER_BYTES} per buffer; a larger image gets buffers of its own, freed as soon as
 * it is decoded. Nothing is left for the garbage collector to free: every buffer belongs to an
 * {@link Arena} that is closed when the buffer is replaced or the session is dropped.
 */
final class TurboJpegSession implements AutoCloseable {

    /** 32 MB: the decoded pixels of an RGB image of about 11 megapixels. */
    static final long KEPT_BUFFER_BYTES = 32L << 20;

    private static final int KEPT_SESSIONS = 2 * Runtime.getRuntime().availableProcessors();

    private final TurboJpegLibrary library;
    private final ConcurrentLinkedDeque<TurboJpegSession> pool;
    private final AtomicInteger idle;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final MemorySegment header;
    private final Buffer jpeg = new Buffer();
    private final Buffer pixels = new Buffer();
    private boolean failed;

    private TurboJpegSession(TurboJpegLibrary library, ConcurrentLinkedDeque<TurboJpegSession> pool,
                             AtomicInteger idle) {
        this.library = library;
        this.pool = pool;
        this.idle = idle;
        this.header = arena.allocate(JAVA_INT, 4);
        MemorySegment created = library.initDecompress();
        if (created.equals(MemorySegment.NULL)) {
            arena.close();
            throw new IllegalStateException("tjInitDecompress failed: " + library.errorString(MemorySegment.NULL));
        }
        this.handle = created;
    }

    /** Sessions of one library. */
    static final class Pool {

        private final TurboJpegLibrary library;
        private final ConcurrentLinkedDeque<TurboJpegSession> idleSessions = new ConcurrentLinkedDeque<>();
        private final AtomicInteger idle = new AtomicInteger();

        Pool(TurboJpegLibrary library) {
            this.library = library;
        }

        /** An idle session, or a new one; closing it puts it back. */
        TurboJpegSession take() {
            TurboJpegSession session = idleSessions.pollFirst();
            if (session != null) {
                idle.decrementAndGet();
                return session;
            }
            return new TurboJpegSession(library, idleSessions, idle);
        }
    }

    TurboJpegLibrary library() {
        return library;
    }

    MemorySegment handle() {
        return handle;
    }

    /** Four ints for tjDecompressHeader3: width, height, subsampling, colour space. */
    MemorySegment header(int index) {
        return header.asSlice(4L * index, 4);
    }

    int headerValue(int index) {
        return header.get(JAVA_INT, 4L * index);
    }

    /** The kept buffer for the compressed data, grown to {@code bytes}, or null if that is too large to keep. */
    MemorySegment jpegBuffer(long bytes) {
        return jpeg.ofSize(bytes);
    }

    /** The kept buffer for decoded pixels, grown to {@code bytes}, or null if that is too large to keep. */
    MemorySegment pixelBuffer(long bytes) {
        return pixels.ofSize(bytes);
    }

    /**
     * Marks the decompressor as not to be reused: after an error the library does not always put
     * it back into its initial state (tjDecompressHeader3 returns from its error handler without
     * aborting), and the next file would fail on it for no fault of its own.
     */
    void failed() {
        failed = true;
    }

    /** Back to the pool, or freed if it failed or enough sessions are idle already. */
    @Override
    public void close() {
        if (!failed && idle.incrementAndGet() <= KEPT_SESSIONS) {
            pool.offerFirst(this);
        } else {
            if (!failed) {
                idle.decrementAndGet();
            }
            library.destroy(handle);
            jpeg.free();
            pixels.free();
            arena.close();
        }
    }

    /** A native buffer that grows, in its own arena, up to {@link #KEPT_BUFFER_BYTES}. */
    private static final class Buffer {

        private Arena arena;
        private MemorySegment segment;

        MemorySegment ofSize(long bytes) {
            if (bytes > KEPT_BUFFER_BYTES) {
                return null;
            }
            if (segment == null || segment.byteSize() < bytes) {
                free();
                arena = Arena.ofShared();
                // Grown in steps of a megabyte so that images of slightly different sizes share one.
                segment = arena.allocate(Math.min(KEPT_BUFFER_BYTES, (bytes + (1L << 20) - 1) & -(1L << 20)), 64);
            }
            return segment;
        }

        void free() {
            if (arena != null) {
                arena.close();
                arena = null;
                segment = null;
            }
        }
    }
}
