package org.hifazat.pdq.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestSetTest {

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void findsEveryAddedDigestWithItsIdAndNothingElse(DigestAlgorithm algorithm) throws Exception {
        MessageDigest md = MessageDigest.getInstance(javaName(algorithm));
        DigestSet.Builder builder = DigestSet.builder(algorithm);
        for (int i = 0; i < 100_000; i++) {
            builder.add(md.digest(("file " + i).getBytes(StandardCharsets.UTF_8)), 10_000_000_000L + i);
        }
        DigestSet set = builder.build();

        assertThat(set.size()).isEqualTo(100_000);
        assertThat(set.algorithm()).isEqualTo(algorithm);
        for (int i = 0; i < 100_000; i += 7) {
            assertThat(set.idsOf(md.digest(("file " + i).getBytes(StandardCharsets.UTF_8))))
                    .containsExactly(10_000_000_000L + i);
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(set.contains(md.digest(("other " + i).getBytes(StandardCharsets.UTF_8)))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void acceptsHexadecimalInEitherCase(DigestAlgorithm algorithm) throws Exception {
        byte[] digest = MessageDigest.getInstance(javaName(algorithm)).digest("abc".getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest);
        DigestSet set = DigestSet.builder(algorithm).add(hex.toUpperCase(), 5).build();

        assertThat(set.contains(hex)).isTrue();
        assertThat(set.idsOf(digest)).containsExactly(5L);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void keepsEveryIdOfADigestAddedTwice(DigestAlgorithm algorithm) {
        byte[] digest = new byte[algorithm.bytes()];
        new Random(3).nextBytes(digest);
        DigestSet set = DigestSet.builder(algorithm).add(digest, 2).add(digest, 1).build();

        assertThat(set.idsOf(digest)).containsExactly(1L, 2L);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void refusesDigestsOfTheWrongLength(DigestAlgorithm algorithm) {
        DigestSet set = DigestSet.builder(algorithm).build();

        assertThatThrownBy(() -> set.contains(new byte[algorithm.bytes() - 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(algorithm.bytes() + " bytes");
        assertThatThrownBy(() -> set.contains("zz".repeat(algorithm.bytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> set.contains("ab"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(algorithm.bytes() * 2 + " hexadecimal");
    }

    private static String javaName(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA-1";
            case SHA256 -> "SHA-256";
        };
    }
}
