package pk.hifazat.tips.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

import pk.hifazat.identity.StrictHeaders;

/**
 * The tip form and the receipt page are open to everyone, ordered before the staff chain (which
 * takes every other address) and after the industry API's. Forms carry a CSRF token like every
 * other form; the headers are the staff pages' own. A signed-in officer who opens these pages is
 * still recognised from the session, so the layout shows their navigation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TipSecurityConfiguration {

    @Bean
    @Order(90)
    SecurityFilterChain publicTips(HttpSecurity http) throws Exception {
        http
                .securityMatcher("/report", "/report/**", "/receipt", "/receipt/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(new StrictHeaders())
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
