package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.unit.DataSize;

/** The settings read from application.properties and the environment variables the README names. */
class TipsPropertiesTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static TipsProperties bound(Map<String, Object> variables) {
        return TipsSettings.bound(variables);
    }

    @Test
    void withoutVariablesTheVaultIsOffAndTheLimitsAreTheDocumentedOnes() {
        TipsProperties tips = bound(Map.of());
        assertThat(tips.vault().enabled()).isFalse();
        assertThat(tips.vault().dir().normalize()).isEqualTo(Path.of("data", "vault"));
        assertThat(tips.tipsPerHour()).isEqualTo(10);
        assertThat(tips.receiptLookupsPerHour()).isEqualTo(20);
        assertThat(tips.maxImagePixels()).isEqualTo(100_000_000);
        assertThat(tips.maxDecodedPixels()).isEqualTo(4_000_000);
        assertThat(tips.maxPixelsPerTip()).isEqualTo(200_000_000);
        assertThat(tips.imageDecodes()).isEqualTo(2);
        assertThat(tips.uploadMemory()).isEqualTo(DataSize.ofMegabytes(160));
        assertThat(tips.busyWait()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void takesTheLimitsOnImagesAndUploadsFromTheEnvironment() {
        TipsProperties tips = bound(Map.of("HIFAZAT_TIPS_MAX_DECODED_PIXELS", "1000000",
                "HIFAZAT_TIPS_MAX_PIXELS_PER_TIP", "300000000", "HIFAZAT_TIPS_IMAGE_DECODES", "4",
                "HIFAZAT_TIPS_UPLOAD_MEMORY", "400MB", "HIFAZAT_TIPS_BUSY_WAIT", "30s"));
        assertThat(tips.maxDecodedPixels()).isEqualTo(1_000_000);
        assertThat(tips.maxPixelsPerTip()).isEqualTo(300_000_000);
        assertThat(tips.imageDecodes()).isEqualTo(4);
        assertThat(tips.uploadMemory()).isEqualTo(DataSize.ofMegabytes(400));
        assertThat(tips.busyWait()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theServerReceivesMoreThanThePagesTakeSoThatThePagesCanAnswerAndNeverWritesAnUploadToDisk() throws Exception {
        var settings = Binder.get(new StandardEnvironment() {
            {
                getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
            }
        });
        DataSize request = settings.bind("spring.servlet.multipart.max-request-size", DataSize.class).get();
        DataSize file = settings.bind("spring.servlet.multipart.max-file-size", DataSize.class).get();
        DataSize threshold = settings.bind("spring.servlet.multipart.file-size-threshold", DataSize.class).get();
        int parts = settings.bind("server.tomcat.max-part-count", Integer.class).get();

        assertThat(request.toBytes()).as("form").isGreaterThan(UploadedFiles.MAX_TOTAL_BYTES + (1 << 20));
        assertThat(file.toBytes()).as("file").isGreaterThanOrEqualTo(request.toBytes());
        assertThat(threshold.toBytes()).as("kept in memory up to").isGreaterThanOrEqualTo(request.toBytes());
        assertThat(parts).as("parts").isGreaterThan(UploadedFiles.MAX_FILES + 30);
        assertThat(bound(Map.of()).uploadMemory().toBytes()).as("upload memory holds a whole form")
                .isGreaterThanOrEqualTo(request.toBytes());
    }

    @Test
    void refusesAPerTipPixelAllowanceBelowOneImage() {
        assertThatThrownBy(() -> bound(Map.of("HIFAZAT_TIPS_MAX_PIXELS_PER_TIP", "1000")))
                .hasStackTraceContaining("hifazat.tips.max-pixels-per-tip (1000) must be at least hifazat.tips.max-image-pixels");
        assertThatThrownBy(() -> bound(Map.of("HIFAZAT_TIPS_IMAGE_DECODES", "0")))
                .hasStackTraceContaining("hifazat.tips.image-decodes must be at least 1");
    }

    @Test
    void takesTheEnvironmentVariablesTheReadmeNames() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("HIFAZAT_VAULT_ENABLED", "true");
        variables.put("HIFAZAT_VAULT_KEY", KEY);
        variables.put("HIFAZAT_DATA_DIR", "/srv/hifazat");
        variables.put("HIFAZAT_INTAKE_TIPS_PER_HOUR", "3");
        variables.put("HIFAZAT_INTAKE_RECEIPT_LOOKUPS_PER_HOUR", "4");
        TipsProperties tips = bound(variables);
        assertThat(tips.vault().enabled()).isTrue();
        assertThat(tips.vault().key()).isEqualTo(KEY);
        assertThat(tips.vault().dir()).isEqualTo(Path.of("/srv/hifazat/vault"));
        assertThat(tips.tipsPerHour()).isEqualTo(3);
        assertThat(tips.receiptLookupsPerHour()).isEqualTo(4);
    }

    @Test
    void refusesAnEnabledVaultWithoutAKey() {
        assertThatThrownBy(() -> bound(Map.of("HIFAZAT_VAULT_ENABLED", "true")))
                .hasStackTraceContaining("HIFAZAT_VAULT_KEY (the evidence vault is enabled) is not a base64 256-bit key");
    }

    @Test
    void refusesLimitsThatWouldShutThePagesNamingTheVariable() {
        assertThatThrownBy(() -> bound(Map.of("HIFAZAT_INTAKE_TIPS_PER_HOUR", "0")))
                .hasStackTraceContaining("HIFAZAT_INTAKE_TIPS_PER_HOUR")
                .hasStackTraceContaining("must be at least 1");
        assertThatThrownBy(() -> bound(Map.of("HIFAZAT_TIPS_MAX_IMAGE_PIXELS", "0")))
                .hasStackTraceContaining("hifazat.tips.max-image-pixels");
    }
}
