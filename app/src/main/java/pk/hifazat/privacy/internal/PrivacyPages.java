package pk.hifazat.privacy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.NavigationEntry;

/** The personal-data key's page in the administrators' navigation. */
@Configuration(proxyBeanMethods = false)
class PrivacyPages {

    @Bean
    NavigationEntry personalDataKeyEntry() {
        return new NavigationEntry("/admin/personal-data-key", "privacy.nav", 930);
    }
}
