package pk.hifazat.media.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The hash banks in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class MediaPages {

    @Bean
    NavigationEntry banksEntry() {
        return new NavigationEntry("/banks", "media.nav.banks", 600);
    }

    @Bean
    HomeCard banksCard() {
        return new HomeCard("/banks", "media.nav.banks", "media.card.banks", 600);
    }
}
