package pk.hifazat.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.hifazat.database.EmbeddedDatabaseProperties;
import pk.hifazat.database.KeyException;
import pk.hifazat.privacy.PersonalData;
import pk.hifazat.privacy.SealBrokenException;

class PersonalDataKeyTest {

    private static final UUID OWNER = UUID.randomUUID();

    @TempDir
    Path dataDir;

    private EmbeddedDatabaseProperties kept() {
        return new EmbeddedDatabaseProperties(dataDir, false, null, null);
    }

    private static PrivacyProperties noKey() {
        return new PrivacyProperties(null, null);
    }

    @Test
    void anExternalDatabaseWithoutAKeyStopsTheStartWithAMessageThatSaysWhatToSet() {
        assertThatThrownBy(() -> PersonalDataKey.chosen(noKey(), kept(), "jdbc:postgresql://db/hifazat"))
                .isInstanceOf(KeyException.class).hasMessageContaining("HIFAZAT_DATA_KEY must be set");
    }

    @Test
    void aKeyThatIsNot256BitsStopsTheStart() {
        assertThatThrownBy(() -> PersonalDataKey.chosen(new PrivacyProperties("dG9vIHNob3J0", null), kept(), null))
                .isInstanceOf(KeyException.class).hasMessageContaining("256-bit");
    }

    @Test
    void theKeyFromTheEnvironmentOpensWhatItSealedInAnotherRun() {
        String key = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";
        PersonalData first = PersonalDataKey.chosen(new PrivacyProperties(key, null), kept(), null);
        PersonalData second = PersonalDataKey.chosen(new PrivacyProperties(" " + key + "\n", null), kept(), null);

        assertThat(second.open(first.seal("a name", OWNER, "contact"), OWNER, "contact")).isEqualTo("a name");
    }

    @Test
    void theEmbeddedDatabaseWithoutAKeyMakesAPrivateKeyFileOnceAndKeepsUsingIt() throws Exception {
        PersonalData first = PersonalDataKey.chosen(noKey(), kept(), null);
        Path file = dataDir.resolve("keys/personal-data.key");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PersonalDataKey.chosen(noKey(), kept(), null).open(first.seal("a name", OWNER, "raw"), OWNER, "raw"))
                .isEqualTo("a name");
    }

    @Test
    void aThrowAwayDatabaseGetsAThrowAwayKey() {
        var throwAway = new EmbeddedDatabaseProperties(dataDir, true, null, null);
        byte[] sealed = PersonalDataKey.chosen(noKey(), throwAway, null).seal("a name", OWNER, "raw");

        assertThat(dataDir.resolve("keys")).doesNotExist();
        assertThatThrownBy(() -> PersonalDataKey.chosen(noKey(), throwAway, null).open(sealed, OWNER, "raw"))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void thePreviousKeysFromTheEnvironmentOpenButNeverSeal() {
        String old = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";
        String older = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        String current = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
        byte[] sealedWithOld = PersonalDataKey.chosen(new PrivacyProperties(old, null), kept(), null).seal("a name", OWNER, "raw");

        PersonalData ring = PersonalDataKey.chosen(new PrivacyProperties(current, old + ", " + older), kept(), null);

        assertThat(ring.open(sealedWithOld, OWNER, "raw")).isEqualTo("a name");
        assertThat(ring.previousFingerprints()).hasSize(2);
        assertThat(PersonalDataKey.chosen(new PrivacyProperties(current, null), kept(), null)
                .open(ring.seal("a name", OWNER, "raw"), OWNER, "raw")).isEqualTo("a name");
    }

    @Test
    void aPreviousKeyThatIsNot256BitsNamesItsVariable() {
        assertThatThrownBy(() -> PersonalDataKey.chosen(new PrivacyProperties(null, "dG9vIHNob3J0"), kept(), null))
                .isInstanceOf(KeyException.class).hasMessageContaining("HIFAZAT_DATA_KEY_PREVIOUS");
    }

    @Test
    void theDataFoldersRetiredKeyFileOpensWhatTheOldKeySealed() throws Exception {
        PersonalData before = PersonalDataKey.chosen(noKey(), kept(), null);
        byte[] sealed = before.seal("a name", OWNER, "raw");
        Path keys = dataDir.resolve("keys");
        Files.move(keys.resolve("personal-data.key"), keys.resolve("personal-data.previous.key"));

        PersonalData after = PersonalDataKey.chosen(noKey(), kept(), null);

        assertThat(after.keyFingerprint()).isNotEqualTo(before.keyFingerprint());
        assertThat(after.previousFingerprints()).containsExactly(before.keyFingerprint());
        assertThat(after.open(sealed, OWNER, "raw")).isEqualTo("a name");
    }

    @Test
    void theKeyNeverAppearsInTheSettingsText() {
        String key = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";

        assertThat(new PrivacyProperties(key, null).toString()).doesNotContain(key).contains("(set)");
    }
}
