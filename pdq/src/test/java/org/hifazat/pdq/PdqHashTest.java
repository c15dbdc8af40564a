package org.hifazat.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PdqHashTest {

    private static final String HEX = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Test
    void formatsBackToTheTextItWasParsedFrom() {
        assertThat(PdqHash.parse(HEX).toHex()).isEqualTo(HEX);
        assertThat(PdqHash.parse(HEX).toString()).isEqualTo(HEX);
    }

    @Test
    void acceptsUpperCaseDigitsAndFormatsInLowerCase() {
        assertThat(PdqHash.parse(HEX.toUpperCase())).isEqualTo(PdqHash.parse(HEX));
        assertThat(PdqHash.parse(HEX.toUpperCase()).toHex()).isEqualTo(HEX);
    }

    @Test
    void roundTripsRandomHashesThroughTextAndWords() {
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            PdqHash h = PdqHash.of(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
            assertThat(PdqHash.parse(h.toHex())).isEqualTo(h).hasSameHashCodeAs(h);
            assertThat(PdqHash.of(h.word(0), h.word(1), h.word(2), h.word(3))).isEqualTo(h);
        }
    }

    @Test
    void numbersBitsFromTheLeastSignificantEndOfTheText() {
        PdqHash lowest = PdqHash.parse("0".repeat(63) + "1");
        PdqHash highest = PdqHash.parse("8" + "0".repeat(63));

        assertThat(lowest.bit(0)).isTrue();
        assertThat(lowest.bitCount()).isEqualTo(1);
        assertThat(lowest.word(0)).isEqualTo(1L);
        assertThat(highest.bit(255)).isTrue();
        assertThat(highest.word(3)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void measuresHammingDistanceAsTheNumberOfDifferingBits() {
        PdqHash a = PdqHash.parse(HEX);
        PdqHash flippedThree = PdqHash.of(a.word(0) ^ 1, a.word(1) ^ (1L << 40), a.word(2), a.word(3) ^ Long.MIN_VALUE);

        assertThat(a.distance(a)).isZero();
        assertThat(a.distance(flippedThree)).isEqualTo(3);
        assertThat(flippedThree.distance(a)).isEqualTo(3);
        assertThat(PdqHash.ZERO.distance(PdqHash.parse("f".repeat(64)))).isEqualTo(256);
    }

    @Test
    void refusesTextOfTheWrongLengthSayingHowLongItWas() {
        assertThatThrownBy(() -> PdqHash.parse(HEX.substring(1)))
                .isInstanceOf(PdqHashFormatException.class)
                .hasMessageContaining("64 hexadecimal digits")
                .hasMessageContaining("got 63 characters");
        assertThatThrownBy(() -> PdqHash.parse(""))
                .isInstanceOf(PdqHashFormatException.class)
                .hasMessageContaining("got 0 characters");
        assertThatThrownBy(() -> PdqHash.parse(" " + HEX))
                .isInstanceOf(PdqHashFormatException.class)
                .hasMessageContaining("got 65 characters");
    }

    @Test
    void refusesNonHexadecimalCharactersNamingThePosition() {
        String bad = HEX.substring(0, 9) + "g" + HEX.substring(10);

        assertThatThrownBy(() -> PdqHash.parse(bad))
                .isInstanceOf(PdqHashFormatException.class)
                .hasMessageContaining("character 10 is 'g'");
        String arabicDigit = HEX.substring(0, 63) + "\u0663";
        assertThatThrownBy(() -> PdqHash.parse(arabicDigit)).isInstanceOf(PdqHashFormatException.class);
    }

    @Test
    void refusesNullWithAFormatError() {
        assertThatThrownBy(() -> PdqHash.parse(null)).isInstanceOf(PdqHashFormatException.class);
    }

    @Test
    void refusesBitAndWordIndexesOutsideTheHash() {
        PdqHash h = PdqHash.parse(HEX);

        assertThatThrownBy(() -> h.bit(256)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.bit(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.word(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
