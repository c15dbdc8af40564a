package pk.hifazat.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;

/** Counts failed sign-ins towards the lock-out, clears them on success, and audits both. */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final IdentityProperties.SignInPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    SignInEvents(Accounts accounts, IdentityProperties properties, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.policy = properties.signIn();
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccess(username);
        audit.record(new AuditRecord(username, IdentityAction.SIGN_IN, "User", username, Outcome.DONE, ""));
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String detail = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = accounts.recordFailure(username, policy.maxFailures(), clock.instant().plus(policy.lockFor()));
            if (locked) {
                detail = "locked";
            }
        }
        audit.record(new AuditRecord("anonymous", IdentityAction.SIGN_IN, "User", username, Outcome.FAILED, detail));
    }
}
