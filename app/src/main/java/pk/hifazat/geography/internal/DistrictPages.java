package pk.hifazat.geography.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** District administration in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class DistrictPages {

    @Bean
    NavigationEntry districtsEntry() {
        return new NavigationEntry("/admin/districts", "nav.districts", 920);
    }

    @Bean
    HomeCard districtsCard() {
        return new HomeCard("/admin/districts", "nav.districts", "districts.card.text", 920);
    }
}
