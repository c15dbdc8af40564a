package pk.hifazat.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
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
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> AesGcm.fromBase64("c2hvcnQ=", "HIFAZAT_DATA_KEY"))
                .hasMessageContaining("HIFAZAT_DATA_KEY").hasMessageContaining("256-bit");
        assertThatThrownBy(() -> AesGcm.fromBase64("not base64!", "HIFAZAT_DATA_KEY")).hasMessageContaining("HIFAZAT_DATA_KEY");
        assertThatThrownBy(() -> AesGcm.fromBase64(null, "HIFAZAT_DATA_KEY")).hasMessageContaining("HIFAZAT_DATA_KEY");
    }
}
