package pk.hifazat.safeguarding.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** Children, a bureau office's children, and missing children in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class SafeguardingPages {

    @Bean
    NavigationEntry childrenEntry() {
        return new NavigationEntry("/safeguarding", "safeguarding.nav.children", 250);
    }

    @Bean
    NavigationEntry officeEntry() {
        return new NavigationEntry("/safeguarding/office", "safeguarding.nav.office", 255);
    }

    @Bean
    NavigationEntry missingEntry() {
        return new NavigationEntry("/safeguarding/missing", "safeguarding.nav.missing", 260);
    }

    @Bean
    HomeCard childrenCard() {
        return new HomeCard("/safeguarding", "safeguarding.nav.children", "safeguarding.card.children", 250);
    }

    @Bean
    HomeCard officeCard() {
        return new HomeCard("/safeguarding/office", "safeguarding.nav.office", "safeguarding.card.office", 255);
    }

    @Bean
    HomeCard missingCard() {
        return new HomeCard("/safeguarding/missing", "safeguarding.nav.missing", "safeguarding.card.missing", 260);
    }
}
