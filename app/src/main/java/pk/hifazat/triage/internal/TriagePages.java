package pk.hifazat.triage.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** The queue, escalated items and the priority rules in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class TriagePages {

    @Bean
    NavigationEntry triageQueueEntry() {
        return new NavigationEntry("/triage", "triage.nav.queue", 150);
    }

    @Bean
    NavigationEntry triageEscalatedEntry() {
        return new NavigationEntry("/triage/escalated", "triage.nav.escalated", 155);
    }

    @Bean
    NavigationEntry triageRulesEntry() {
        return new NavigationEntry("/triage/rules", "triage.nav.rules", 160);
    }

    @Bean
    HomeCard triageQueueCard() {
        return new HomeCard("/triage", "triage.nav.queue", "triage.card.queue", 150);
    }

    @Bean
    HomeCard triageEscalatedCard() {
        return new HomeCard("/triage/escalated", "triage.nav.escalated", "triage.card.escalated", 140);
    }
}
