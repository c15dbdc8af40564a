package pk.hifazat.identity.internal;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import pk.hifazat.identity.StrictHeaders;

/**
 * The staff side: form sign-in, CSRF, and strict headers. The sign-in page and static files are
 * open; everything else needs a signed-in user, and each module narrows further by role
 * ({@code @PreAuthorize}) and by jurisdiction ({@code Access}). Modules with pages or an API of
 * their own for people without an account (the public tips, the industry API) bring their own
 * filter chains, ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No tracing of each security filter: wrapping every filter of every request in an observation
     * cost the industry API a measurable share of its time, and HTTP request metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(100)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(StaticFiles.ANY).permitAll()
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(signInFailure())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("HIFAZAT_SESSION"))
                .headers(new StrictHeaders())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                .addFilterAfter(new MustChangePasswordFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static AuthenticationFailureHandler signInFailure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }
}
