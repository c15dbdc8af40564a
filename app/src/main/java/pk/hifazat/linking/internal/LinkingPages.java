package pk.hifazat.linking.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/**
 * The analysts' linking pages: one entry in the navigation and one card on the home page, after
 * triage's queue; the links page leads on to the weak links waiting for confirmation.
 */
@Configuration(proxyBeanMethods = false)
class LinkingPages {

    @Bean
    NavigationEntry linkingNoiseEntry() {
        return new NavigationEntry("/linking/noise", "linking.nav.links", 170);
    }

    @Bean
    HomeCard linkingNoiseCard() {
        return new HomeCard("/linking/noise", "linking.nav.noise", "linking.card.noise", 170);
    }

}
