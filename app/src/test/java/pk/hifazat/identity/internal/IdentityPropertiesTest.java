package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The environment variables the README documents reach the identity module's settings through application.properties. */
class IdentityPropertiesTest {

    private static IdentityProperties boundFrom(Map<String, Object> environmentVariables) throws IOException {
        var sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource("environment", environmentVariables));
        sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bindOrCreate("hifazat.identity", IdentityProperties.class);
    }

    @Test
    void theDocumentedVariablesSetTheSignInThrottleAndTheFirstAdministrator() throws IOException {
        var properties = boundFrom(Map.of("HIFAZAT_SIGNIN_MAXFAILURES", "3", "HIFAZAT_SIGNIN_LOCKFOR", "1h",
                "HIFAZAT_SIGNIN_ADDRESS_MAXFAILURES", "50",
                "HIFAZAT_ADMIN_USERNAME", "chief", "HIFAZAT_ADMIN_PASSWORD", "a long secret password"));

        assertThat(properties.signIn()).isEqualTo(new IdentityProperties.SignInPolicy(3, Duration.ofHours(1), 50));
        assertThat(properties.firstAdministrator().username()).isEqualTo("chief");
        assertThat(properties.firstAdministrator().password()).isEqualTo("a long secret password");
    }

    @Test
    void withoutThemTheDefaultsApplyAndAdminGetsAOneTimePassword() throws IOException {
        var properties = boundFrom(Map.of());

        assertThat(properties.signIn()).isEqualTo(new IdentityProperties.SignInPolicy(5, Duration.ofMinutes(15), 20));
        assertThat(properties.firstAdministrator().username()).isEqualTo("admin");
        assertThat(properties.firstAdministrator().hasPassword()).isFalse();
    }

    @Test
    void aThrottleThatHoldsNothingBackIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> boundFrom(Map.of("HIFAZAT_SIGNIN_MAXFAILURES", "0")))
                .rootCause().hasMessageContaining("HIFAZAT_SIGNIN_MAXFAILURES");
        assertThatThrownBy(() -> boundFrom(Map.of("HIFAZAT_SIGNIN_LOCKFOR", "0s")))
                .rootCause().hasMessageContaining("HIFAZAT_SIGNIN_LOCKFOR");
        assertThatThrownBy(() -> boundFrom(Map.of("HIFAZAT_SIGNIN_ADDRESS_MAXFAILURES", "2")))
                .rootCause().hasMessageContaining("HIFAZAT_SIGNIN_ADDRESS_MAXFAILURES");
    }

    @Test
    void theAdministratorsPasswordNeverAppearsInTheSettingsText() throws IOException {
        var properties = boundFrom(Map.of("HIFAZAT_ADMIN_PASSWORD", "a long secret password"));

        assertThat(properties.toString()).doesNotContain("a long secret password").contains("(set)");
    }
}
