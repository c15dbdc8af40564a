package pk.hifazat.linking.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The analysts' linking pages: one entry in the navigation (the pages link to each other), two cards on the home page. */
@Configuration(proxyBeanMethods = false)
class LinkingPages {

    @Bean
    NavigationEntry linkingNoiseEntry() {
        return new NavigationEntry("/linking/noise", "linking.nav.links", 150);
    }

    @Bean
    HomeCard linkingNoiseCard() {
        return new HomeCard("/linking/noise", "linking.nav.noise", "linking.card.noise", 150);
    }

    @Bean
    HomeCard linkingWeakLinksCard() {
        return new HomeCard("/linking/weak-links", "linking.nav.weakLinks", "linking.card.weakLinks", 160);
    }
}
