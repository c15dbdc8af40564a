package pk.hifazat.units.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** Unit administration in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class UnitPages {

    @Bean
    NavigationEntry unitsEntry() {
        return new NavigationEntry("/admin/units", "nav.units", 910);
    }

    @Bean
    HomeCard unitsCard() {
        return new HomeCard("/admin/units", "nav.units", "units.card.text", 910);
    }
}
