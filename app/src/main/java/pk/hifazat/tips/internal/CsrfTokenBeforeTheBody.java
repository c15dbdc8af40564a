package pk.hifazat.tips.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token of a multipart form from the address ({@code ?_csrf=…}, where the tip
 * forms put it), never from the body, so that a form without a valid token is refused before its
 * files are read. This is the second of the two ways Spring Security's reference gives for CSRF
 * with multipart forms ("include the CSRF token in the URL"); the first, parsing the body before
 * the check, is what let anyone make the server read 80 MB for a form it then refused.
 *
 * <p>What a token in an address costs: it can leak where addresses go (history, a shoulder). The
 * tip pages send no referrer, the server keeps no access log, and the token is masked anew on every
 * page and bound to one session, which ends after 30 idle minutes; whoever sees it can forge a form
 * in that session only. The session's token is the same on staff pages, so an officer who opens the
 * tip form while signed in exposes it for the rest of that session: the operations guide says to
 * file public tips from a browser that is not signed in. Other forms keep the token in the body;
 * a header is read first, as always.
 */
final class CsrfTokenBeforeTheBody implements CsrfTokenRequestHandler {

    /** Spring Security's default handler, which masks the token anew on every page (BREACH). */
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return masked.resolveCsrfTokenValue(WithoutBody.isMultipart(request) ? new WithoutBody(request) : request,
                csrfToken);
    }
}
