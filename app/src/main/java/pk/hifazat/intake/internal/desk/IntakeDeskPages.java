package pk.hifazat.intake.internal.desk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The intake desk and API-key administration in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class IntakeDeskPages {

    @Bean
    NavigationEntry intakeDeskEntry() {
        return new NavigationEntry("/intake", "desk.nav.intake", 100);
    }

    @Bean
    NavigationEntry apiKeysEntry() {
        return new NavigationEntry("/admin/api-keys", "desk.nav.apiKeys", 940);
    }

    @Bean
    HomeCard intakeDeskCard() {
        return new HomeCard("/intake", "desk.nav.intake", "home.analyst.incoming", 100);
    }

    @Bean
    HomeCard apiKeysCard() {
        return new HomeCard("/admin/api-keys", "desk.nav.apiKeys", "desk.card.apiKeys", 940);
    }
}
