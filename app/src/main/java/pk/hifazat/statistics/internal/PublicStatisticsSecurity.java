package pk.hifazat.statistics.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

import pk.hifazat.identity.StrictHeaders;

/**
 * The public report needs no account: its page, downloads and JSON are open to anyone, for reading
 * only. A signed-in officer is still recognised from the session, so the layout shows their navigation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PublicStatisticsSecurity {

    @Bean
    // Before the partners' API (/api/**, order 50), which would ask for a key.
    @Order(45)
    SecurityFilterChain publicStatistics(HttpSecurity http) throws Exception {
        http
                .securityMatcher(PublicStatisticsController.PAGE, PublicStatisticsController.PAGE + "/**",
                        PublicStatisticsController.JSON)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
                .headers(new StrictHeaders())
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
