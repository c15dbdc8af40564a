package pk.hifazat.intake.internal.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportJson;

/**
 * The industry API's own security, ordered before the staff chain: API keys instead of sessions,
 * no cookies and so no CSRF, every refusal a problem detail. The API description is public, so
 * that an organisation can read it before it has a key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    @Bean
    @Order(50)
    SecurityFilterChain industryApi(HttpSecurity http, ApiKeys keys, ReportJson json) throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(ApiKeyAuthentication.AUTHORITY))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerKeyFilter(keys, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(51)
    SecurityFilterChain apiDescription(HttpSecurity http) throws Exception {
        http
                .securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
