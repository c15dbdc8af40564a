package org.hifazat.pdq.image;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Notices a decoder's warning that the data ended early. The JPEG decoder does not fail on a
 * truncated file: it warns and returns the image with the missing part filled in grey, whose hash
 * would be silently wrong. Other warnings (extraneous bytes, odd markers) leave a usable image and
 * are ignored, and so are warnings about a colour profile: the reader then decodes without it, and
 * calling them truncation (one says "Truncated ICC Profile data") would name the wrong fault.
 */
final class TruncationWatch implements IIOReadWarningListener {

    private String warning;

    @Override
    public void warningOccurred(ImageReader source, String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        boolean aboutTheProfile = m.contains("icc");
        if (warning == null && !aboutTheProfile
                && (m.contains("premature end") || m.contains("truncated") || m.contains("missing eoi"))) {
            warning = message;
        }
    }

    /** The first truncation warning, or null if there was none. */
    String warning() {
        return warning;
    }
}
