package pk.hifazat.workspace.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser that asks for a missing page or record gets the error page, not a problem detail in
 * JSON: problem details (spring.mvc.problemdetails) are for the API, and would otherwise answer every
 * request that Spring turns into a 404 or 405, pages included. Requests that do not ask for HTML,
 * and everything under /api, keep their problem details.
 */
@Component
@ConditionalOnWebApplication
class ErrorPagesForBrowsers implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof ErrorResponse error) || !asksForAPage(request)) {
            return null;
        }
        try {
            response.sendError(error.getStatusCode().value());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean asksForAPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
