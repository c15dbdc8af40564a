package pk.hifazat.identity.internal;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;

/**
 * Audits what a user's role may not open: a URL rule of a filter chain, or a controller's
 * {@code @PreAuthorize}. Spring Security announces both as an {@link AuthorizationDeniedEvent}
 * (see {@link SecurityConfiguration#authorizationEvents}); a refusal by jurisdiction is not one of
 * them, as {@code Access} audits it itself, so every refused request is recorded once.
 *
 * <p>The target is the path, never the query or the body: what a request carries may be a name or
 * a password. Someone not signed in is not recorded: they are sent to the sign-in page.
 */
@Component
class RoleRefusals {

    private static final int LONGEST_PATH = 200;

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final AuditLog audit;

    RoleRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication user = event.getAuthentication().get();
        if (user == null || !user.isAuthenticated() || trust.isAnonymous(user)) {
            return;
        }
        String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", "")).collect(Collectors.joining(" "));
        String detail = "role " + roles + (event.getObject() instanceof MethodInvocation method
                ? ", " + method.getMethod().getDeclaringClass().getSimpleName() + "." + method.getMethod().getName()
                : "");
        audit.recordIndependently(new AuditRecord(user.getName(), IdentityAction.OPEN, "Path", pathOf(event.getObject()),
                Outcome.REFUSED, detail));
    }

    private static String pathOf(Object secured) {
        HttpServletRequest request = secured instanceof HttpServletRequest direct ? direct
                : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        if (request == null) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) : path;
    }
}
