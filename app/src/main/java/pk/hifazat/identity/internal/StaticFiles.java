package pk.hifazat.identity.internal;

import java.util.Arrays;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The application's static files — styles, scripts, fonts, images — which every page needs, the
 * sign-in and password pages included. One list serves both the rule that opens them to everyone
 * and the password-change filter that lets them through, so the two cannot drift apart.
 */
final class StaticFiles {

    private static final String[] PATHS = {"/css/**", "/js/**", "/fonts/**", "/images/**", "/favicon.ico"};

    static final RequestMatcher ANY = new OrRequestMatcher(Arrays.stream(PATHS)
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
            .toList());

    private StaticFiles() {
    }
}
