package pk.hifazat.cases.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/** Cases and tasks in the navigation and on the home page (overdue tasks are the task page's first list). */
@Configuration(proxyBeanMethods = false)
class CasesPages {

    @Bean
    NavigationEntry casesEntry() {
        return new NavigationEntry("/cases", "nav.cases", 200);
    }

    @Bean
    NavigationEntry tasksEntry() {
        return new NavigationEntry("/cases/tasks", "nav.caseTasks", 210);
    }

    @Bean
    HomeCard casesCard() {
        return new HomeCard("/cases", "nav.cases", "cases.card.text", 200);
    }

    @Bean
    HomeCard tasksCard() {
        return new HomeCard("/cases/tasks", "nav.caseTasks", "cases.tasks.card.text", 210);
    }
}
