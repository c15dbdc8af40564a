package pk.hifazat.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a sign-in that must wait (see {@link SignInThrottle}) before its password is checked,
 * and answers it as any failed sign-in is answered, so that neither a wait nor its absence says
 * whether a username exists.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String FAILED = "/login?error";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;
    private final SignInEvents events;

    SignInThrottleFilter(SignInThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        username = username == null ? "" : username;
        if (!throttle.tryAttempt(username, request.getRemoteAddr())) {
            events.failed(username, "waiting after failed attempts");
            response.sendRedirect(request.getContextPath() + FAILED);
            return;
        }
        chain.doFilter(request, response);
    }
}
