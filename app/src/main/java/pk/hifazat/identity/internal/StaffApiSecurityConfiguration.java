package pk.hifazat.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

import pk.hifazat.identity.StrictHeaders;

/**
 * The staff JSON API, {@code /api/staff/**}: the same people, roles and jurisdiction as the staff
 * pages, signed in either by their session (a page's script) or by a personal access token (a
 * program). Ordered before the industry API's chain, which takes the rest of {@code /api/**}.
 * CSRF protection stays for requests signed in by cookie; a request with a token carries no
 * cookie a third-party page could make the browser send, so it needs none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaffApiSecurityConfiguration {

    @Bean
    @Order(40)
    SecurityFilterChain staffApi(HttpSecurity http, PersonalAccessTokens tokens, Accounts accounts) throws Exception {
        StaffApiProblems problems = new StaffApiProblems();
        http
                .securityMatcher("/api/staff/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(StaffTokenFilter::carriesToken))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .headers(new StrictHeaders())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new StaffTokenFilter(tokens, accounts), CsrfFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(true), AuthorizationFilter.class);
        return http.build();
    }
}
