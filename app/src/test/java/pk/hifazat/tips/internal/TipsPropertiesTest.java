package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The settings read from application.properties and the environment variables the README names. */
class TipsPropertiesTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static TipsProperties bound(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return Binder.get(environment).bindOrCreate("hifazat.tips", TipsProperties.class);
    }

    @Test
    void withoutVariablesTheVaultIsOffAndTheLimitsAreTheDocumentedOnes() throws IOException {
        TipsProperties tips = bound(Map.of());
        assertThat(tips.vault().enabled()).isFalse();
        assertThat(tips.vault().dir().normalize()).isEqualTo(Path.of("data", "vault"));
        assertThat(tips.tipsPerHour()).isEqualTo(10);
        assertThat(tips.receiptLookupsPerHour()).isEqualTo(20);
        assertThat(tips.maxImagePixels()).isEqualTo(100_000_000);
    }

    @Test
    void takesTheEnvironmentVariablesTheReadmeNames() throws IOException {
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
        assertThatThrownBy(() -> new TipsProperties(new TipsProperties.Vault(false, null, null), 10, 20, 0))
                .hasMessageContaining("hifazat.tips.max-image-pixels");
    }
}
