package org.hifazat.pdq.hashing;

/**
 * PDQ's quality: the sum of quantised gradients between neighbours of the 64×64 image, scaled so
 * that 100 means "plenty of detail". The quantisation makes it count significant edges, not noise.
 */
final class QualityMetric {

    private QualityMetric() {
    }

    /** @param image 64 rows of 64 */
    static int of(float[][] image) {
        int sum = 0;
        for (int i = 0; i < 63; i++) {
            for (int j = 0; j < 64; j++) {
                sum += Math.abs(quantised(image[i][j], image[i + 1][j]));
            }
        }
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 63; j++) {
                sum += Math.abs(quantised(image[i][j], image[i][j + 1]));
            }
        }
        return Math.min(sum / 90, 100);
    }

    private static int quantised(float u, float v) {
        return (int) (((u - v) * 100) / 255);
    }
}
