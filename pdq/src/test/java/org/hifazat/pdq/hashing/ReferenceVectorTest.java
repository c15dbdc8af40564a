package org.hifazat.pdq.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.ReferenceVectors.Vector;

class ReferenceVectorTest {

    static List<Vector> coreVectors() {
        return ReferenceVectors.of(HashMode.CORE);
    }

    static List<Vector> cliVectors() {
        return ReferenceVectors.of(HashMode.CLI);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreVectors")
    void reproducesEveryCoreHashAndQualityOfTheReferenceVectors(Vector v) throws IOException {
        PdqResult result = new PdqHasher(HashMode.CORE).hash(decoded(v));

        assertThat(result.hash()).isEqualTo(v.hash());
        assertThat(result.quality()).isEqualTo(v.quality());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreVectors")
    void reproducesAllSevenDihedralHashesOfTheReferenceVectors(Vector v) throws IOException {
        DihedralHashes hashes = new PdqHasher(HashMode.CORE).hashDihedral(decoded(v));

        for (Dihedral variant : Dihedral.values()) {
            if (variant != Dihedral.ORIGINAL) {
                assertThat(hashes.hash(variant)).as(variant.label()).isEqualTo(v.dihedral().get(variant));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cliVectors")
    void reproducesEveryCliModeHashOfTheReferenceVectors(Vector v) throws IOException {
        PdqResult result = new PdqHasher(HashMode.CLI).hash(decoded(v));

        assertThat(result.hash()).isEqualTo(v.hash());
        assertThat(result.quality()).isEqualTo(v.quality());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cliVectors")
    void reproducesAllSevenCliModeDihedralHashesOfTheReferenceVectors(Vector v) throws IOException {
        DihedralHashes hashes = new PdqHasher(HashMode.CLI).hashDihedral(decoded(v));

        for (Dihedral variant : Dihedral.values()) {
            if (variant != Dihedral.ORIGINAL) {
                assertThat(hashes.hash(variant)).as(variant.label()).isEqualTo(v.dihedral().get(variant));
            }
        }
    }

    private static BufferedImage decoded(Vector v) throws IOException {
        BufferedImage image = ImageIO.read(v.decodedPng().toFile());
        assertThat(image.getHeight()).isEqualTo(v.rows());
        assertThat(image.getWidth()).isEqualTo(v.cols());
        return image;
    }
}
