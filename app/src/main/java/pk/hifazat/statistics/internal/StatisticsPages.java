package pk.hifazat.statistics.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The statistics dashboard in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class StatisticsPages {

    @Bean
    NavigationEntry statisticsEntry() {
        return new NavigationEntry("/statistics", "statistics.nav", 700);
    }

    @Bean
    HomeCard statisticsCard() {
        return new HomeCard("/statistics", "statistics.nav", "statistics.card", 700);
    }
}
