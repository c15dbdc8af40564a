package pk.hifazat.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

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

    /** Refusals by role, of a URL rule or a {@code @PreAuthorize}, become events that {@link RoleRefusals} audits. */
    @Bean
    static AuthorizationEventPublisher authorizationEvents(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Where a visitor who is not signed in is sent from the site's address: the public report form. */
    static final String PUBLIC_LANDING = "/report";

    @Bean
    @Order(100)
    SecurityFilterChain staff(HttpSecurity http, SignInThrottle throttle, SignInEvents signIns) throws Exception {
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
                        .failureUrl(SignInThrottleFilter.FAILED)
                        .permitAll())
                // The site's address is the public's way in: a visitor who is not signed in gets the
                // report form there (which links to the staff sign-in), not the staff sign-in.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PUBLIC_LANDING),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("HIFAZAT_SESSION"))
                .headers(new StrictHeaders())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                .addFilterBefore(new SignInThrottleFilter(throttle, signIns), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }
}
