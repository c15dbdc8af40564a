package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodeTest {

    @Test
    void aNewCodeIsEightSymbolsOfTheUnambiguousAlphabetAfterThePrefix() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReceiptCode.random(random).value();
            assertThat(code).matches("HZ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HZ-7K4M-Q2XD", "hz-7k4m-q2xd", "hz 7k4m q2xd", "HZ7K4MQ2XD", "7K4MQ2XD", " 7k4m-q2xd ",
            "HZ–7K4M–Q2XD", "hz.7k4m.q2xd"})
    void acceptsWhatPeopleTypeAndWritesItTheCanonicalWay(String typed) {
        assertThat(ReceiptCode.of(typed).value()).isEqualTo("HZ-7K4M-Q2XD");
    }

    @Test
    void readsLettersThatLookLikeDigitsAsTheDigits() {
        assertThat(ReceiptCode.of("HZ-O1IL-0000").value()).isEqualTo("HZ-0111-0000");
    }

    @Test
    void readsDigitsTypedOnAnUrduKeyboard() {
        assertThat(ReceiptCode.of("HZ-۷K۴M-Q۲XD").value()).isEqualTo("HZ-7K4M-Q2XD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HZ-7K4M", "HZ-7K4M-Q2XD-1", "HZ-7K4M-Q2XU", "AB-7K4M-Q2XD", "HZ-7K4M-Q2X!"})
    void refusesWhatCannotBeACode(String typed) {
        assertThat(ReceiptCode.parse(typed)).isEmpty();
        assertThatThrownBy(() -> ReceiptCode.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConstructorTakesOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new ReceiptCode("hz-7k4m-q2xd")).isInstanceOf(IllegalArgumentException.class);
    }
}
