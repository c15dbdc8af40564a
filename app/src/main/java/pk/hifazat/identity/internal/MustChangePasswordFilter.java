package pk.hifazat.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user signed in with a one-time password must choose their own before doing anything else. */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final boolean answersProblems;

    /** For pages: sends the user to the password page. */
    MustChangePasswordFilter() {
        this(false);
    }

    /** For the staff API, whose callers cannot follow a redirect to a form: refuses with a problem. */
    MustChangePasswordFilter(boolean answersProblems) {
        this.answersProblems = answersProblems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null && authentication.getPrincipal() instanceof AccountDetails account
                && account.mustChangePassword() && !path.equals(PASSWORD_PAGE) && !path.equals("/logout")
                && !StaticFiles.ANY.matches(request)) {
            if (answersProblems) {
                StaffApiProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Password to choose",
                        "Choose your own password at " + PASSWORD_PAGE + " first.");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
