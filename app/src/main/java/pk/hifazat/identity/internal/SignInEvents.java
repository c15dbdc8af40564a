package pk.hifazat.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;

/**
 * Audits sign-ins, and tells the throttle of a right password. A failed sign-in names its target
 * only when an account of that name exists: people type passwords into the username box, and what
 * they typed must not end up in the log.
 */
@Component
class SignInEvents {

    private final Counter failures;

    /** The target of a failed sign-in with a name that belongs to nobody. */
    static final String NO_SUCH_USER = "(no such user)";

    /** Longer than any username: a longer one is not looked up. */
    private static final int LONGEST_USERNAME = 200;

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignInEvents(Accounts accounts, SignInThrottle throttle, AuditLog audit, MeterRegistry meters) {
        this.failures = Counter.builder("hifazat.signin.failures")
                .description("Failed sign-ins, wrong passwords and attempts held back by the throttle").register(meters);
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = authentication.getName();
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            throttle.succeeded(username, web.getRemoteAddress());
        }
        audit.record(new AuditRecord(username, IdentityAction.SIGN_IN, "User", username, Outcome.DONE, ""));
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()), event.getException().getClass().getSimpleName());
    }

    /** A failed sign-in, also one that the throttle held back before its password was checked. */
    @Transactional
    void failed(String typedUsername, String reason) {
        failures.increment();
        String target = typedUsername.length() > LONGEST_USERNAME ? NO_SUCH_USER
                : accounts.byUsername(typedUsername.strip()).map(Account::username).orElse(NO_SUCH_USER);
        audit.record(new AuditRecord("anonymous", IdentityAction.SIGN_IN, "User", target, Outcome.FAILED, reason));
    }
}
