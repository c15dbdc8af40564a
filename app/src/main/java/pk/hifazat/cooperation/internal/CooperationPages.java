package pk.hifazat.cooperation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** Requests abroad in the navigation and on the home page (overdue ones are a notice of their own). */
@Configuration(proxyBeanMethods = false)
class CooperationPages {

    @Bean
    NavigationEntry cooperationEntry() {
        return new NavigationEntry("/cooperation", "cooperation.nav", 270);
    }

    @Bean
    HomeCard cooperationCard() {
        return new HomeCard("/cooperation", "cooperation.nav", "cooperation.card", 260);
    }
}
