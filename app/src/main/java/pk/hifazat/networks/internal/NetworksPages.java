package pk.hifazat.networks.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The networks page in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class NetworksPages {

    @Bean
    NavigationEntry networksEntry() {
        return new NavigationEntry("/networks", "networks.nav", 350);
    }

    @Bean
    HomeCard networksCard() {
        return new HomeCard("/networks", "networks.nav", "networks.card", 350);
    }
}
