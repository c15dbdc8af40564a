package pk.hifazat.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalData personalData = new PersonalData(AesGcm.of(key()), 42);
    private final UUID report = UUID.randomUUID();

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Test
    void opensWhatItSealedAndTheSealedBytesDoNotShowIt() {
        byte[] sealed = personalData.seal("Ayesha, 12, lives near the canal in Multan", report, "normalised");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Ayesha").doesNotContain("Multan");
        assertThat(personalData.open(sealed, report, "normalised")).isEqualTo("Ayesha, 12, lives near the canal in Multan");
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentBytes() {
        assertThat(personalData.seal("same", report, "raw")).isNotEqualTo(personalData.seal("same", report, "raw"));
    }

    @Test
    void anAbsentFieldStaysAbsent() {
        assertThat(personalData.seal(null, report, "contact")).isNull();
        assertThat(personalData.open(null, report, "contact")).isNull();
    }

    @Test
    void sealedBytesMovedToAnotherReportOrFieldDoNotOpen() {
        byte[] sealed = personalData.seal("0300 1234567", report, "contact");

        assertThatThrownBy(() -> personalData.open(sealed, UUID.randomUUID(), "contact"))
                .isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> personalData.open(sealed, report, "raw")).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void changedBytesDoNotOpen() {
        byte[] sealed = personalData.seal("a description", report, "normalised");
        sealed[sealed.length - 20] ^= 1;

        assertThatThrownBy(() -> personalData.open(sealed, report, "normalised"))
                .isInstanceOf(SealBrokenException.class).hasMessageContaining("integrity");
    }

    @Test
    void bytesSealedWithAnotherKeySaySo() {
        byte[] sealed = new PersonalData(AesGcm.of(key()), 7).seal("text", report, "raw");

        assertThatThrownBy(() -> personalData.open(sealed, report, "raw"))
                .isInstanceOf(SealBrokenException.class).hasMessageContaining("another key");
    }

    @Test
    void theCurrentKeySealsAndThePreviousKeyStillOpensWhatItSealed() {
        PersonalData.Key old = PersonalData.Key.of(key());
        PersonalData.Key next = PersonalData.Key.of(key());
        byte[] sealedWithOld = new PersonalData(old, List.of()).seal("an address", report, "address");
        PersonalData ring = new PersonalData(next, List.of(old));

        byte[] sealedNow = ring.seal("an address", report, "address");

        assertThat(ring.open(sealedWithOld, report, "address")).isEqualTo("an address");
        assertThat(new PersonalData(next, List.of()).open(sealedNow, report, "address")).isEqualTo("an address");
        assertThatThrownBy(() -> new PersonalData(old, List.of()).open(sealedNow, report, "address"))
                .isInstanceOf(SealBrokenException.class).hasMessageContaining("another key");
        assertThat(ring.keyFingerprint()).isEqualTo(next.hex());
        assertThat(ring.previousFingerprints()).containsExactly(old.hex());
    }

    @Test
    void resealingMovesBytesUnderTheCurrentKeyAndLeavesThoseAlreadyThereAsTheyAre() {
        PersonalData.Key old = PersonalData.Key.of(key());
        PersonalData.Key next = PersonalData.Key.of(key());
        byte[] sealedWithOld = new PersonalData(old, List.of()).seal("a name", report, "name");
        PersonalData ring = new PersonalData(old, List.of()).rotatedTo(next);

        byte[] resealed = ring.reseal(sealedWithOld, report, "name");

        assertThat(ring.underCurrentKey(sealedWithOld)).isFalse();
        assertThat(ring.underCurrentKey(resealed)).isTrue();
        assertThat(new PersonalData(next, List.of()).open(resealed, report, "name")).isEqualTo("a name");
        assertThat(ring.reseal(resealed, report, "name")).isSameAs(resealed);
        assertThat(ring.reseal(null, report, "name")).isNull();
    }

    @Test
    void resealingBytesThatNoKeyOfTheRingOpensFails() {
        byte[] sealed = new PersonalData(AesGcm.of(key()), 7).seal("text", report, "raw");

        assertThatThrownBy(() -> personalData.reseal(sealed, report, "raw")).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aRingThatAlsoOpensANewKeyStillSealsWithItsOwn() {
        PersonalData.Key current = PersonalData.Key.of(key());
        PersonalData.Key next = PersonalData.Key.of(key());
        PersonalData learning = new PersonalData(current, List.of()).alsoOpening(List.of(next));

        assertThat(learning.keyFingerprint()).isEqualTo(current.hex());
        assertThat(learning.open(new PersonalData(next, List.of()).seal("x", report, "raw"), report, "raw")).isEqualTo("x");
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> AesGcm.fromBase64("c2hvcnQ=", "HIFAZAT_DATA_KEY"))
                .hasMessageContaining("HIFAZAT_DATA_KEY").hasMessageContaining("256-bit");
        assertThatThrownBy(() -> AesGcm.fromBase64("not base64!", "HIFAZAT_DATA_KEY")).hasMessageContaining("HIFAZAT_DATA_KEY");
        assertThatThrownBy(() -> AesGcm.fromBase64(null, "HIFAZAT_DATA_KEY")).hasMessageContaining("HIFAZAT_DATA_KEY");
    }
}
