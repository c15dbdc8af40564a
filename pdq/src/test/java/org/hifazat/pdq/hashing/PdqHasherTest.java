package org.hifazat.pdq.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.TestImages;

class PdqHasherTest {

    private final PdqHasher hasher = new PdqHasher();

    @Test
    void givesTheZeroHashAndQualityZeroToImagesWithASideUnderFivePixels() {
        PdqResult r = hasher.hash(LumaImage.fromRgb(TestImages.rgb(4, 300), 4, 300));
        DihedralHashes d = hasher.hashDihedral(LumaImage.fromRgb(TestImages.rgb(300, 4), 300, 4));

        assertThat(r).isEqualTo(new PdqResult(PdqHash.ZERO, 0));
        assertThat(d.quality()).isZero();
        for (Dihedral v : Dihedral.values()) {
            assertThat(d.hash(v)).isEqualTo(PdqHash.ZERO);
        }
    }

    @Test
    void hashesTheSameWhateverTheLayoutOfTheDecodedPixels() {
        int rows = 97;
        int cols = 130;
        int[] rgb = TestImages.rgb(rows, cols);
        PdqResult expected = hasher.hash(LumaImage.fromRgb(rgb, rows, cols));

        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR,
            BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR}) {
            BufferedImage image = new BufferedImage(cols, rows, type);
            image.setRGB(0, 0, cols, rows, rgb, 0, cols);
            assertThat(hasher.hash(image)).as("image type %d", type).isEqualTo(expected);
            assertThat(hasher.hash(LumaImage.from(image))).as("image type %d", type).isEqualTo(expected);
        }
    }

    @Test
    void readsGreyImagesFromTheRasterNotThroughColourConversion() {
        int rows = 120;
        int cols = 90;
        byte[] grey = TestImages.grey(rows, cols);
        BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, cols, rows, grey);

        PdqResult fromRaster = hasher.hash(image);
        int[] viaGetRgb = image.getRGB(0, 0, cols, rows, null, 0, cols);
        PdqResult throughColourConversion = hasher.hash(LumaImage.fromRgb(viaGetRgb, rows, cols));

        assertThat(fromRaster).isEqualTo(hasher.hash(LumaImage.fromGrey(grey, rows, cols)));
        assertThat(LumaImage.from(image).luma(7, 11)).isEqualTo(grey[7 * cols + 11] & 0xff);
        assertThat(fromRaster.hash().distance(throughColourConversion.hash())).isPositive();
    }

    @Test
    void readsSixteenBitSamplesAsTheirEightBitValues() {
        int rows = 64;
        int cols = 80;
        byte[] grey = TestImages.grey(rows, cols);
        BufferedImage wide = new BufferedImage(cols, rows, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = wide.getRaster();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                raster.setSample(c, r, 0, (grey[r * cols + c] & 0xff) * 257);
            }
        }

        assertThat(hasher.hash(wide)).isEqualTo(hasher.hash(LumaImage.fromGrey(grey, rows, cols)));
    }

    @Test
    void takesLumaRowMajorAndKeepsItUnchanged() {
        int rows = 50;
        int cols = 70;
        float[] luma = new float[rows * cols];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = (i * 37) % 256;
        }
        LumaImage image = LumaImage.fromLuma(luma, rows, cols);
        PdqResult first = hasher.hash(image);

        assertThat(image.luma(3, 5)).isEqualTo(luma[3 * cols + 5]);
        assertThat(hasher.hash(image)).isEqualTo(first);
        assertThat(hasher.hashDihedral(image).original()).isEqualTo(first.hash());
    }

    @Test
    void refusesPixelArraysThatDoNotMatchTheDimensions() {
        assertThatThrownBy(() -> LumaImage.fromRgb(new int[10], 3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 12 values");
        assertThatThrownBy(() -> LumaImage.fromGrey(new byte[0], 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive dimensions");
    }

    @Test
    void cliModeOnlyChangesImagesLargerThan512() {
        int[] small = TestImages.rgb(300, 400);
        int[] large = TestImages.rgb(700, 900);
        PdqHasher cli = new PdqHasher(HashMode.CLI);

        assertThat(cli.hash(LumaImage.fromRgb(small, 300, 400))).isEqualTo(hasher.hash(LumaImage.fromRgb(small, 300, 400)));
        assertThat(cli.hash(LumaImage.fromRgb(large, 700, 900)).hash())
                .isNotEqualTo(hasher.hash(LumaImage.fromRgb(large, 700, 900)).hash());
        assertThat(cli.mode()).isEqualTo(HashMode.CLI);
    }

    @Test
    void givesTheSameHashesWhenImagesOfManySizesAreHashedConcurrently() throws Exception {
        List<int[]> sizes = List.of(new int[] {5, 5}, new int[] {64, 64}, new int[] {300, 200}, new int[] {1100, 900},
                new int[] {37, 1500}, new int[] {2100, 2100});
        List<PdqResult> expected = sizes.stream()
                .map(s -> new PdqHasher().hash(LumaImage.fromRgb(TestImages.rgb(s[0], s[1]), s[0], s[1]))).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<PdqResult>> futures = IntStream.range(0, 48).mapToObj(i -> {
                int[] s = sizes.get(i % sizes.size());
                LumaImage image = LumaImage.fromRgb(TestImages.rgb(s[0], s[1]), s[0], s[1]);
                return pool.submit(() -> hasher.hash(image));
            }).toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % sizes.size()));
            }
        }
    }

    @Test
    void matchesARealRotationWithinAFewBitsOfTheDerivedVariant() {
        int rows = 240;
        int cols = 320;
        int[] rgb = TestImages.rgb(rows, cols);
        int[] rotated = new int[rgb.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // 90° clockwise: the new image is cols × rows.
                rotated[c * rows + (rows - 1 - r)] = rgb[r * cols + c];
            }
        }
        DihedralHashes variants = hasher.hashDihedral(LumaImage.fromRgb(rgb, rows, cols));
        PdqHash actual = hasher.hash(LumaImage.fromRgb(rotated, cols, rows)).hash();

        int closest = Integer.MAX_VALUE;
        for (Dihedral v : Dihedral.values()) {
            closest = Math.min(closest, variants.hash(v).distance(actual));
        }
        assertThat(closest).isLessThanOrEqualTo(31);
        assertThat(variants.original().distance(actual)).isGreaterThan(31);
    }
}
