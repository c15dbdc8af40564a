package pk.hifazat.workspace.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether a user may open a page, decided by the {@code @PreAuthorize} of the controller method
 * that serves it — the same rule that answers the request — so that a link is shown exactly to
 * the people who will not be refused when they follow it.
 *
 * <p>The handler of each path is looked up once and kept; a path that no controller serves is
 * never shown, so a mistyped entry disappears instead of leading to a 404.
 */
@Component
@ConditionalOnWebApplication
class PagePermissions {

    private final RequestMappingHandlerMapping mappings;
    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
    private final Map<String, Optional<MethodInvocation>> handlers = new ConcurrentHashMap<>();

    PagePermissions(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                    ApplicationContext context) {
        this.mappings = mappings;
        // A rule may call a bean (@access.national()), as the method security that answers the request can.
        var expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        preAuthorize.setExpressionHandler(expressions);
    }

    boolean mayOpen(String path, Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return handlers.computeIfAbsent(path, this::handlerOf)
                .map(handler -> {
                    AuthorizationResult result = preAuthorize.authorize(() -> user, handler);
                    return result == null || result.isGranted();
                })
                .orElse(false);
    }

    private Optional<MethodInvocation> handlerOf(String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            var methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPatternValues().contains(path)
                    && info.getParamsCondition().getExpressions().isEmpty()) {
                HandlerMethod handler = mapping.getValue().createWithResolvedBean();
                return Optional.of(new SimpleMethodInvocation(handler.getBean(), handler.getMethod()));
            }
        }
        return Optional.empty();
    }
}
