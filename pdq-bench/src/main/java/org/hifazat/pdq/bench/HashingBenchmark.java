package org.hifazat.pdq.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.hashing.LumaImage;
import org.hifazat.pdq.hashing.PdqHasher;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;
import org.hifazat.pdq.image.JpegDecoder;

/**
 * Hashing a 1000×750 photo: decoding its JPEG and hashing, hashing the decoded pixels, and the
 * parts. Throughput per thread; run with {@code -t 1} for per-core figures. The JPEG is decoded by
 * libjpeg-turbo ({@code TurboJpeg} benchmarks, which fail where it is not installed) and by the
 * JDK's decoder ({@code Jdk}); {@link JpegDecoderComparison} alternates the two in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HashingBenchmark {

    private final ImageDecoder jdkDecoder = new ImageDecoder().using(JpegDecoder.JDK);
    private final ImageHasher jdkHasher = new ImageHasher(HashMode.CORE, jdkDecoder);
    private ImageDecoder turboDecoder;
    private ImageHasher turboHasher;
    private final PdqHasher pdq = new PdqHasher();

    private byte[] jpeg;
    private BufferedImage decoded;
    private LumaImage luma;

    @Setup
    public void createPhoto() throws IOException {
        jpeg = SyntheticPhoto.jpeg(SyntheticPhoto.create(1000, 750, 42), 0.9f);
        decoded = jdkDecoder.decode(jpeg, "photo.jpg");
        if (JpegDecoder.turboJpegAvailable()) {
            turboDecoder = new ImageDecoder().using(JpegDecoder.TURBOJPEG);
            turboHasher = new ImageHasher(HashMode.CORE, turboDecoder);
        }
        luma = LumaImage.from(decoded);
        System.out.printf("%nphoto: 1000x750 JPEG at quality 0.9, %,d bytes, decodes to image type %d%n",
                jpeg.length, decoded.getType());
    }

    /** The whole job for an upload: JPEG bytes in, hash out, decoded by libjpeg-turbo. */
    @Benchmark
    public PdqResult decodeAndHashTurboJpeg() throws IOException {
        return turbo(turboHasher).hash(jpeg, "photo.jpg");
    }

    /** The same through the JDK's JPEG decoder. */
    @Benchmark
    public PdqResult decodeAndHashJdk() throws IOException {
        return jdkHasher.hash(jpeg, "photo.jpg");
    }

    /** The hash step: decoded pixels in (the decoder's BufferedImage), hash out. */
    @Benchmark
    public PdqResult hashDecodedPixels() {
        return pdq.hash(decoded);
    }

    /** The hash step from luma already extracted: blur, decimation, DCT and bits only. */
    @Benchmark
    public PdqResult hashLuma() {
        return pdq.hash(luma);
    }

    /** The hash step with all eight dihedral variants. */
    @Benchmark
    public DihedralHashes hashDecodedPixelsDihedral() {
        return pdq.hashDihedral(decoded);
    }

    /** JPEG decoding alone by libjpeg-turbo, into the image the hasher reads. */
    @Benchmark
    public BufferedImage decodeOnlyTurboJpeg() throws IOException {
        return turbo(turboDecoder).decode(jpeg, "photo.jpg");
    }

    /** JPEG decoding alone by the JDK's decoder. */
    @Benchmark
    public BufferedImage decodeOnlyJdk() throws IOException {
        return jdkDecoder.decode(jpeg, "photo.jpg");
    }

    private static <T> T turbo(T prepared) {
        if (prepared == null) {
            throw new IllegalStateException(JpegDecoder.turboJpegUnavailableBecause());
        }
        return prepared;
    }
}
