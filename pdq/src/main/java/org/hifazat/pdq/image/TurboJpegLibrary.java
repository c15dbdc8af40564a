package org.hifazat.pdq.image;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The few functions of libjpeg-turbo's TurboJPEG 2 API that decoding needs, bound through the
 * foreign-function API (no JNI, no native code of ours). Loading fails softly: {@link #load} gives
 * a library that is not {@linkplain #available() available} and says why, and decoding then stays
 * with the JDK's decoder.
 */
final class TurboJpegLibrary {

    /** System property naming the library file to load instead of the usual names. */
    static final String LIBRARY_PROPERTY = "hifazat.pdq.turbojpeg.library";

    /** Debian's {@code libturbojpeg0}, other Unix builds, macOS (Homebrew), Windows. */
    private static final List<String> USUAL_NAMES =
            List.of("libturbojpeg.so.0", "libturbojpeg.so", "libturbojpeg.0.dylib", "turbojpeg");

    /** Blue, green, red, padding: on a little-endian machine, the ints of {@code TYPE_INT_RGB}. */
    static final int PIXEL_FORMAT_BGRX = 3;
    /** Padding, red, green, blue: on a big-endian machine, the ints of {@code TYPE_INT_RGB}. */
    static final int PIXEL_FORMAT_XRGB = 5;
    static final int PIXEL_FORMAT_GRAY = 6;
    static final int COLOUR_SPACE_RGB = 0;
    static final int COLOUR_SPACE_YCBCR = 1;
    static final int COLOUR_SPACE_GRAY = 2;
    /** Give up at the first warning: it may be data cut short, which the decoder would fill in grey. */
    static final int FLAG_STOP_ON_WARNING = 8192;
    /** Refuse progressive files of more than 500 scans, which can take minutes to decode. */
    static final int FLAG_LIMIT_SCANS = 32768;

    private static final class Default {
        static final TurboJpegLibrary INSTANCE = load(System.getProperty(LIBRARY_PROPERTY));
    }

    private final String unavailableBecause;
    private final MethodHandle initDecompress;
    private final MethodHandle decompressHeader;
    private final MethodHandle decompress;
    private final MethodHandle errorString;
    private final MethodHandle destroy;
    private final List<ScalingFactor> scalingFactors;

    private TurboJpegLibrary(String unavailableBecause) {
        this.unavailableBecause = unavailableBecause;
        this.initDecompress = null;
        this.decompressHeader = null;
        this.decompress = null;
        this.errorString = null;
        this.destroy = null;
        this.scalingFactors = List.of();
    }

    private TurboJpegLibrary(SymbolLookup symbols) throws Throwable {
        Linker linker = Linker.nativeLinker();
        this.unavailableBecause = null;
        this.initDecompress = linker.downcallHandle(symbols.findOrThrow("tjInitDecompress"),
                FunctionDescriptor.of(ADDRESS));
        this.decompressHeader = linker.downcallHandle(symbols.findOrThrow("tjDecompressHeader3"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS),
                Linker.Option.critical(false));
        this.decompress = linker.downcallHandle(symbols.findOrThrow("tjDecompress2"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT,
                        JAVA_INT, JAVA_INT));
        this.errorString = linker.downcallHandle(symbols.findOrThrow("tjGetErrorStr2"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        this.destroy = linker.downcallHandle(symbols.findOrThrow("tjDestroy"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle factors = linker.downcallHandle(symbols.findOrThrow("tjGetScalingFactors"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            MemorySegment array = (MemorySegment) factors.invokeExact(count);
            int n = count.get(JAVA_INT, 0);
            if (array.equals(MemorySegment.NULL) || n <= 0) {
                throw new IllegalStateException("tjGetScalingFactors gave none");
            }
            MemorySegment pairs = array.reinterpret(8L * n);
            List<ScalingFactor> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(new ScalingFactor(pairs.get(JAVA_INT, 8L * i), pairs.get(JAVA_INT, 8L * i + 4)));
            }
            this.scalingFactors = List.copyOf(list);
        }
    }

    /** The library named by {@value #LIBRARY_PROPERTY}, or found under its usual names; loaded once. */
    static TurboJpegLibrary standard() {
        return Default.INSTANCE;
    }

    /**
     * Loads the library from {@code name} (a file name the dynamic linker finds, or a path), or
     * from its usual names where {@code name} is null or blank. Never throws: a library that cannot
     * be loaded or bound comes back unavailable, with the reason.
     */
    static TurboJpegLibrary load(String name) {
        if (!Linker.nativeLinker().canonicalLayouts().get("long").equals(JAVA_LONG)) {
            return new TurboJpegLibrary("C's long is not 64 bits on this platform");
        }
        List<String> names = name == null || name.isBlank() ? USUAL_NAMES : List.of(name);
        List<String> failures = new ArrayList<>();
        for (String candidate : names) {
            SymbolLookup symbols;
            try {
                // The global arena: the library stays loaded for the life of the process.
                symbols = SymbolLookup.libraryLookup(candidate, Arena.global());
            } catch (IllegalArgumentException e) {
                failures.add(candidate + " not found");
                continue;
            }
            try {
                return new TurboJpegLibrary(symbols);
            } catch (Throwable e) {
                failures.add(candidate + ": " + e.getMessage());
            }
        }
        return new TurboJpegLibrary("cannot load libjpeg-turbo's TurboJPEG library (" + String.join("; ", failures)
                + "); on Debian or Ubuntu: apt-get install libturbojpeg0");
    }

    boolean available() {
        return unavailableBecause == null;
    }

    /** Why the library cannot be used, or null if it can. */
    String unavailableBecause() {
        return unavailableBecause;
    }

    /** The output sizes the decoder can scale to, largest first as the library lists them. */
    List<ScalingFactor> scalingFactors() {
        return scalingFactors;
    }

    MemorySegment initDecompress() {
        try {
            return (MemorySegment) initDecompress.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("tjInitDecompress", e);
        }
    }

    int decompressHeader(MemorySegment handle, MemorySegment jpeg, long size, MemorySegment width,
                         MemorySegment height, MemorySegment subsampling, MemorySegment colourSpace) {
        try {
            return (int) decompressHeader.invokeExact(handle, jpeg, size, width, height, subsampling, colourSpace);
        } catch (Throwable e) {
            throw new IllegalStateException("tjDecompressHeader3", e);
        }
    }

    int decompress(MemorySegment handle, MemorySegment jpeg, long size, MemorySegment pixels, int width,
                   int pitch, int height, int pixelFormat, int flags) {
        try {
            return (int) decompress.invokeExact(handle, jpeg, size, pixels, width, pitch, height, pixelFormat, flags);
        } catch (Throwable e) {
            throw new IllegalStateException("tjDecompress2", e);
        }
    }

    /** The library's message about the last call on {@code handle}. */
    String errorString(MemorySegment handle) {
        try {
            MemorySegment text = (MemorySegment) errorString.invokeExact(handle);
            return text.equals(MemorySegment.NULL) ? "no message" : text.reinterpret(1024).getString(0);
        } catch (Throwable e) {
            throw new IllegalStateException("tjGetErrorStr2", e);
        }
    }

    void destroy(MemorySegment handle) {
        try {
            int ignored = (int) destroy.invokeExact(handle);
        } catch (Throwable e) {
            throw new IllegalStateException("tjDestroy", e);
        }
    }

    /** An output size the decoder supports: {@code num/denom} of the stored size. */
    record ScalingFactor(int num, int denom) {

        /** A side scaled as the library does: rounded up. */
        long scale(long side) {
            return (side * num + denom - 1) / denom;
        }
    }
}
