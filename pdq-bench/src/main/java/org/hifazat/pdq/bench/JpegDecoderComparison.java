package org.hifazat.pdq.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;
import org.hifazat.pdq.image.JpegDecoder;

/**
 * Decode + hash of the benchmark photo by the JDK's decoder and by libjpeg-turbo, alternating in
 * short slices on one thread, so that a busy machine slows both alike: the ratio of neighbouring
 * slices is then steadier than two separate JMH runs. Prints each pair and the median, smallest
 * and largest ratio.
 *
 * <pre>{@code
 * java --enable-native-access=ALL-UNNAMED -cp pdq-bench/target/pdq-benchmarks.jar \
 *      org.hifazat.pdq.bench.JpegDecoderComparison [rounds] [milliseconds per slice]
 * }</pre>
 */
public final class JpegDecoderComparison {

    private JpegDecoderComparison() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 1000) * 1_000_000L;
        if (!JpegDecoder.turboJpegAvailable()) {
            throw new IllegalStateException(JpegDecoder.turboJpegUnavailableBecause());
        }
        byte[] jpeg = SyntheticPhoto.jpeg(SyntheticPhoto.create(1000, 750, 42), 0.9f);
        ImageHasher jdk = new ImageHasher(HashMode.CORE, new ImageDecoder().using(JpegDecoder.JDK));
        ImageHasher turbo = new ImageHasher(HashMode.CORE, new ImageDecoder().using(JpegDecoder.TURBOJPEG));
        for (int warmup = 0; warmup < 3; warmup++) {
            rate(jdk, jpeg, sliceNanos);
            rate(turbo, jpeg, sliceNanos);
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> turboRates = new ArrayList<>();
        List<Double> jdkRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternate which goes first, so that neither always follows the other's garbage.
            boolean jdkFirst = round % 2 == 0;
            double first = rate(jdkFirst ? jdk : turbo, jpeg, sliceNanos);
            double second = rate(jdkFirst ? turbo : jdk, jpeg, sliceNanos);
            double jdkRate = jdkFirst ? first : second;
            double turboRate = jdkFirst ? second : first;
            jdkRates.add(jdkRate);
            turboRates.add(turboRate);
            ratios.add(turboRate / jdkRate);
            print("round %2d: JDK %6.1f /s, TurboJPEG %6.1f /s, ratio %.2f", round + 1, jdkRate, turboRate,
                    turboRate / jdkRate);
        }
        print("decode + hash of a 1000x750 JPEG (%,d bytes), one thread, %d rounds:", jpeg.length, rounds);
        print("  JDK       median %6.1f /s (%.1f-%.1f)", median(jdkRates), min(jdkRates), max(jdkRates));
        print("  TurboJPEG median %6.1f /s (%.1f-%.1f)", median(turboRates), min(turboRates), max(turboRates));
        print("  ratio     median %6.2f    (%.2f-%.2f)", median(ratios), min(ratios), max(ratios));
    }

    private static double rate(ImageHasher hasher, byte[] jpeg, long sliceNanos) throws IOException {
        long start = System.nanoTime();
        long end = start + sliceNanos;
        int done = 0;
        long now;
        do {
            hasher.hash(jpeg, "photo.jpg");
            done++;
            now = System.nanoTime();
        } while (now < end);
        return done / ((now - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
