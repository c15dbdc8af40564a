package org.hifazat.pdq.image;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests of the libjpeg-turbo path need the library. Where it is missing they are skipped on a
 * developer's machine, but fail in CI ({@code CI=true}), which installs it: a missing library must
 * not pass there as a silently skipped test.
 */
final class TurboJpegInstalled {

    private TurboJpegInstalled() {
    }

    static void assume() {
        if (JpegDecoder.turboJpegAvailable()) {
            return;
        }
        String why = JpegDecoder.turboJpegUnavailableBecause();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI runs the TurboJPEG tests, but " + why);
        }
        Assumptions.abort("skipped: " + why);
    }
}
