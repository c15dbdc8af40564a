package pk.hifazat.intake.internal.tips;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evidence vault: off by default, so uploaded files are hashed and their bytes discarded.
 *
 * @param enabled whether uploaded files are kept, encrypted ({@code HIFAZAT_VAULT_ENABLED})
 * @param key     a 256-bit AES key in base64 ({@code HIFAZAT_VAULT_KEY}); only from the environment
 * @param dir     where encrypted files are written, outside the database
 */
@ConfigurationProperties("hifazat.vault")
record VaultSettings(@DefaultValue("false") boolean enabled, String key, Path dir) {
}
