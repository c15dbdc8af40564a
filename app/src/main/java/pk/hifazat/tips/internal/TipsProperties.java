package pk.hifazat.tips.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import pk.hifazat.privacy.AesGcm;

/**
 * Settings of the public tip pages. {@code application.properties} maps the environment variables
 * the README documents ({@code HIFAZAT_VAULT_*}, {@code HIFAZAT_INTAKE_*_PER_HOUR}) onto these.
 *
 * @param vault                 the evidence vault
 * @param tipsPerHour           tips one client address may send an hour
 * @param receiptLookupsPerHour receipt codes one client address may look up an hour, found or not
 * @param maxImagePixels        the largest image hashed; a larger one is refused before it is decoded
 * @param maxDecodedPixels      the most pixels decoded of one image: a larger image is decoded at a
 *                              reduced size, its PDQ hash then a few bits from the full-size one
 * @param maxPixelsPerTip       the pixels the images of one form may declare together: the decoding
 *                              work one request may cause
 * @param imageDecodes          images decoded at the same time, all clients together
 * @param uploadMemory          the bytes of forms with files held in memory at the same time
 * @param busyWait              how long a form waits for upload memory or a free decode before it is
 *                              answered "busy, send it again"
 */
@ConfigurationProperties("hifazat.tips")
record TipsProperties(@DefaultValue Vault vault,
                      @DefaultValue("10") int tipsPerHour,
                      @DefaultValue("20") int receiptLookupsPerHour,
                      @DefaultValue("100000000") long maxImagePixels,
                      @DefaultValue("4000000") long maxDecodedPixels,
                      @DefaultValue("200000000") long maxPixelsPerTip,
                      @DefaultValue("2") int imageDecodes,
                      @DefaultValue("160MB") DataSize uploadMemory,
                      @DefaultValue("15s") Duration busyWait) {

    TipsProperties {
        atLeastOne(tipsPerHour, "hifazat.tips.tips-per-hour (HIFAZAT_INTAKE_TIPS_PER_HOUR)");
        atLeastOne(receiptLookupsPerHour, "hifazat.tips.receipt-lookups-per-hour (HIFAZAT_INTAKE_RECEIPT_LOOKUPS_PER_HOUR)");
        atLeastOne(maxImagePixels, "hifazat.tips.max-image-pixels");
        atLeastOne(maxDecodedPixels, "hifazat.tips.max-decoded-pixels");
        atLeastOne(imageDecodes, "hifazat.tips.image-decodes");
        if (maxPixelsPerTip < maxImagePixels) {
            throw new IllegalArgumentException("hifazat.tips.max-pixels-per-tip (" + maxPixelsPerTip
                    + ") must be at least hifazat.tips.max-image-pixels (" + maxImagePixels + ")");
        }
        if (uploadMemory.toMegabytes() < 1) {
            throw new IllegalArgumentException("hifazat.tips.upload-memory must be at least 1MB");
        }
        if (busyWait.isNegative()) {
            throw new IllegalArgumentException("hifazat.tips.busy-wait must not be negative");
        }
    }

    /**
     * The evidence vault: off by default, so uploaded files are hashed and their bytes discarded.
     * Switched on, it refuses to start without a proper key or a folder.
     *
     * @param enabled whether uploaded files are kept, encrypted ({@code HIFAZAT_VAULT_ENABLED})
     * @param key     a 256-bit AES key in base64 ({@code HIFAZAT_VAULT_KEY}); only from the environment
     * @param dir     where encrypted files are written, outside the database
     */
    record Vault(@DefaultValue("false") boolean enabled, String key, Path dir) {

        private static final String KEY_SETTING = "HIFAZAT_VAULT_KEY (the evidence vault is enabled)";

        Vault {
            if (enabled) {
                AesGcm.fromBase64(key, KEY_SETTING);
                if (dir == null) {
                    throw new IllegalArgumentException("hifazat.tips.vault.dir must name a folder when the evidence vault is enabled");
                }
            }
        }

        /** The cipher of the enabled vault's key. */
        AesGcm cipher() {
            return AesGcm.fromBase64(key, KEY_SETTING);
        }

        /** Never the key: settings end up in logs and failure reports. */
        @Override
        public String toString() {
            return "Vault[enabled=" + enabled + ", dir=" + dir + "]";
        }
    }

    private static void atLeastOne(long value, String setting) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1");
        }
    }
}
