package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceVaultTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    @Test
    void keepsNothingWhenSwitchedOff() {
        var vault = vault(false, null);
        assertThat(vault.keep("evidence".getBytes(StandardCharsets.UTF_8), SHA)).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void storesFilesEncryptedAndOpensThemAgain() throws IOException {
        var vault = vault(true, KEY);
        byte[] evidence = "the bytes of an uploaded file".getBytes(StandardCharsets.UTF_8);
        Path stored = vault.keep(evidence, SHA).orElseThrow();

        String onDisk = new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("uploaded file").startsWith("HZV1");
        assertThat(vault.open(SHA)).isEqualTo(evidence);
    }

    @Test
    void detectsAStoredFileThatWasChanged() throws IOException {
        var vault = vault(true, KEY);
        Path stored = vault.keep(new byte[]{1, 2, 3, 4}, SHA).orElseThrow();
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 1] ^= 1;
        Files.write(stored, bytes);
        assertThatThrownBy(() -> vault.open(SHA)).hasMessageContaining("integrity");
    }

    @Test
    void refusesToStartWithoutAProperKey() {
        assertThatThrownBy(() -> vault(true, null)).hasStackTraceContaining("HIFAZAT_VAULT_KEY");
        assertThatThrownBy(() -> vault(true, "")).hasStackTraceContaining("HIFAZAT_VAULT_KEY");
        assertThatThrownBy(() -> vault(true, "c2hvcnQ=")).hasStackTraceContaining("HIFAZAT_VAULT_KEY");
    }

    @Test
    void neverShowsItsKeyInItsSettings() {
        String key = "c2VjcmV0IHNlY3JldCBzZWNyZXQgc2VjcmV0ISEhISE=";
        assertThat(new TipsProperties.Vault(true, key, dir).toString()).doesNotContain(key).contains("enabled=true");
    }

    private EvidenceVault vault(boolean enabled, String key) {
        java.util.Map<String, Object> variables = new java.util.HashMap<>(java.util.Map.of(
                "HIFAZAT_VAULT_ENABLED", String.valueOf(enabled), "HIFAZAT_VAULT_DIR", dir.toString()));
        if (key != null) {
            variables.put("HIFAZAT_VAULT_KEY", key);
        }
        return new EvidenceVault(TipsSettings.bound(variables));
    }
}
