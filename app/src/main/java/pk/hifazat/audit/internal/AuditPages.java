package pk.hifazat.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The audit log's place in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class AuditPages {

    @Bean
    NavigationEntry auditLogEntry() {
        return new NavigationEntry("/audit", "nav.audit", 800);
    }

    @Bean
    HomeCard auditLogCard() {
        return new HomeCard("/audit", "audit.card.title", "audit.card.text", 800);
    }
}
