package pk.hifazat.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import pk.hifazat.privacy.PersonalData;
import pk.hifazat.privacy.SealBrokenException;

class PersonalDataKeyTest {

    private static final UUID OWNER = UUID.randomUUID();

    @TempDir
    Path dataDir;

    @Test
    void anExternalDatabaseWithoutAKeyStopsTheStartWithAMessageThatSaysWhatToSet() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/hifazat");

        assertThatThrownBy(() -> PersonalDataKey.chosen(environment))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("HIFAZAT_DATA_KEY must be set");
        var analysis = new PersonalDataKeyFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new PersonalDataKeyException("HIFAZAT_DATA_KEY must be set", null)));
        assertThat(analysis.getAction()).contains("head -c 32 /dev/urandom | base64");
    }

    @Test
    void aKeyThatIsNot256BitsStopsTheStart() {
        var environment = new MockEnvironment().withProperty("hifazat.privacy.key", "dG9vIHNob3J0");

        assertThatThrownBy(() -> PersonalDataKey.chosen(environment))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("256-bit");
    }

    @Test
    void theKeyFromTheEnvironmentOpensWhatItSealedInAnotherRun() {
        String key = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";
        PersonalData first = PersonalDataKey.chosen(new MockEnvironment().withProperty("hifazat.privacy.key", key));
        PersonalData second = PersonalDataKey.chosen(new MockEnvironment().withProperty("hifazat.privacy.key", key));

        assertThat(second.open(first.seal("a name", OWNER, "contact"), OWNER, "contact")).isEqualTo("a name");
    }

    @Test
    void theEmbeddedDatabaseWithoutAKeyMakesAPrivateKeyFileOnceAndKeepsUsingIt() throws Exception {
        var environment = new MockEnvironment().withProperty("hifazat.data-dir", dataDir.toString());
        PersonalData first = PersonalDataKey.chosen(environment);
        Path file = dataDir.resolve("keys/personal-data.key");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PersonalDataKey.chosen(environment).open(first.seal("a name", OWNER, "raw"), OWNER, "raw"))
                .isEqualTo("a name");
    }

    @Test
    void aThrowAwayDatabaseGetsAThrowAwayKey() {
        var environment = new MockEnvironment().withProperty("hifazat.ephemeral", "true")
                .withProperty("hifazat.data-dir", dataDir.toString());
        byte[] sealed = PersonalDataKey.chosen(environment).seal("a name", OWNER, "raw");

        assertThat(dataDir.resolve("keys")).doesNotExist();
        assertThatThrownBy(() -> PersonalDataKey.chosen(environment).open(sealed, OWNER, "raw"))
                .isInstanceOf(SealBrokenException.class);
    }
}
