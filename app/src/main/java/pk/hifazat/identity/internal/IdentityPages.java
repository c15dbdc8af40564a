package pk.hifazat.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** User administration in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class IdentityPages {

    @Bean
    NavigationEntry usersEntry() {
        return new NavigationEntry("/admin/users", "nav.users", 900);
    }

    @Bean
    HomeCard usersCard() {
        return new HomeCard("/admin/users", "nav.users", "users.card.text", 900);
    }
}
