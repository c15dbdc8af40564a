package org.hifazat.pdq.image;

import java.util.Locale;

/**
 * Which decoder reads JPEG files. Other formats are always read by the JDK's and TwelveMonkeys'
 * readers.
 *
 * <p>{@link #TURBOJPEG} decodes and hashes about twice as fast as {@link #JDK}. Its hashes of the
 * sample photos are bit for bit those of the JDK's decoder and of Meta's reference; on other
 * files the two decoders' pixels may differ by a rounding step here and there, and their hashes by
 * a few bits (see the README).
 */
public enum JpegDecoder {

    /** libjpeg-turbo where its TurboJPEG library ({@code libturbojpeg.so.0}) can be loaded, else the JDK's. */
    AUTO,
    /** libjpeg-turbo through the foreign-function API; an error if the library cannot be loaded. */
    TURBOJPEG,
    /** The JDK's own JPEG decoder (libjpeg 6b), through ImageIO. */
    JDK;

    /**
     * System property choosing the decoder for {@code new ImageDecoder(...)}: {@code auto}
     * (the default), {@code turbojpeg} or {@code jdk}.
     */
    public static final String PROPERTY = "hifazat.pdq.jpeg-decoder";

    /** The choice the {@value #PROPERTY} system property makes; {@link #AUTO} where it is not set. */
    public static JpegDecoder fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? AUTO : parse(value, "system property " + PROPERTY);
    }

    /** {@code auto}, {@code turbojpeg} or {@code jdk}, in any case. */
    public static JpegDecoder parse(String value, String what) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be auto, turbojpeg or jdk, not \"" + value + "\"", e);
        }
    }

    /**
     * Whether libjpeg-turbo's TurboJPEG library can be loaded here (the file named by the system
     * property {@code hifazat.pdq.turbojpeg.library}, or {@code libturbojpeg.so.0} and its usual
     * names elsewhere).
     */
    public static boolean turboJpegAvailable() {
        return TurboJpegLibrary.standard().available();
    }

    /** Why the TurboJPEG library cannot be used here, or null where it can. */
    public static String turboJpegUnavailableBecause() {
        return TurboJpegLibrary.standard().unavailableBecause();
    }
}
