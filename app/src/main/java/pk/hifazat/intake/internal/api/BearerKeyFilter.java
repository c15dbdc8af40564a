package pk.hifazat.intake.internal.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.ApiKeys;

/**
 * Authenticates {@code Authorization: Bearer KEY} against the stored key hashes on every request.
 * A presented but unknown or revoked key is answered 401 here; a request without any key goes
 * on and is refused by the chain's entry point, also with 401.
 */
final class BearerKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemWriter problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerKeyFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.write(request, response, Problems.unauthenticated(
                    "Send the organisation's API key as: Authorization: Bearer KEY"));
            return;
        }
        Optional<ApiClient> client = keys.authenticate(header.substring(BEARER.length()).strip());
        if (client.isEmpty()) {
            problems.write(request, response, Problems.unauthenticated("The API key is unknown or has been revoked."));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(client.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
