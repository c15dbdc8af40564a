package pk.hifazat.tips.internal;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

import pk.hifazat.identity.StrictHeaders;

/**
 * The tip form and the receipt page are open to everyone, ordered before the staff chain (which
 * takes every other address) and after the industry API's. Forms carry a CSRF token like every
 * other form, a form with files in its address so that it is checked before the files are read
 * ({@link CsrfTokenBeforeTheBody}); then {@link TipAdmission} applies the rate limits and upload
 * memory, still before the body is read. The headers are the staff pages' own. A signed-in officer
 * who opens these pages is still recognised from the session, so the layout shows their navigation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TipSecurityConfiguration {

    @Bean
    @Order(90)
    SecurityFilterChain publicTips(HttpSecurity http, TipRateLimits limits, UploadMemory memory,
                                   MultipartConfigElement multipart) throws Exception {
        http
                .securityMatcher("/report", "/report/**", "/receipt", "/receipt/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenBeforeTheBody()))
                // A refused token is answered without the error page, whose rendering reads the body.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) ->
                        new TipRefusal(TipRefusal.Reason.EXPIRED, TipRefusal.pathOf(request), 403, null)
                                .answer(request, response)))
                .addFilterAfter(new TipAdmission(limits, memory, multipart.getMaxRequestSize()), CsrfFilter.class)
                .headers(new StrictHeaders())
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
