package pk.hifazat.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in PostgreSQL ({@code HIFAZAT_SESSIONS=database}), for several instances behind one
 * address: a session made on one instance works on every other, and survives a restart. The
 * cookie is the same as with sessions in memory (name, secure, HTTP-only, same-site, 30 minutes).
 * Expired sessions are deleted every minute (Spring Session's own clean-up, a harmless repeat on
 * every instance). Whatever a page keeps in the session must then be serialisable.
 *
 * <p>Memory stays the default: one instance needs no database round trip per request for its
 * session, and the tests' simulated sessions work only there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hifazat.identity.sessions", havingValue = "database")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60)
@EnableScheduling
class SharedSessions {

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name}") String name,
                                   @Value("${server.servlet.session.cookie.secure}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseSecureCookie(secure);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseBase64Encoding(false);
        return cookie;
    }
}
