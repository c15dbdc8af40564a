package pk.hifazat.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a staff API request in as the officer whose personal access token it carries, for this
 * request only (nothing is kept in a session). A request without a token goes on and may be
 * signed in by its session cookie; a token that is unknown, revoked or expired, or whose owner is
 * disabled, is refused outright rather than falling back to the session, so a caller learns at once
 * that their token stopped working.
 */
final class StaffTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PersonalAccessTokens tokens;
    private final Accounts accounts;

    StaffTokenFilter(PersonalAccessTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
        var account = tokens.userOf(secret).flatMap(accounts::byId).filter(Account::enabled);
        if (account.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            StaffApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Token refused",
                    "The personal access token is unknown, revoked or expired, or its account is disabled.");
            return;
        }
        AccountDetails details = new AccountDetails(account.get());
        details.eraseCredentials();
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
