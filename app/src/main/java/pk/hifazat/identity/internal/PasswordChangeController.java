package pk.hifazat.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;

/**
 * Choosing one's own password; after it, the user signs in again with the new one. A wrong current
 * password is audited and counts like a failed sign-in of the user from that address: a stolen
 * session must not become a way to guess the password without limit.
 */
@Controller
@RequestMapping(MustChangePasswordFilter.PASSWORD_PAGE)
class PasswordChangeController {

    private final Accounts accounts;
    private final Passwords passwords;
    private final Access access;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    PasswordChangeController(Accounts accounts, Passwords passwords, Access access, SignInThrottle throttle,
                             AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.access = access;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping
    String form() {
        return "identity/password";
    }

    @PostMapping
    @Transactional
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        var user = access.require();
        AuditRecord attempt = AuditRecord.of(IdentityAction.CHANGE_PASSWORD, "User", user.id());
        String error = currentPasswordRefusal(user, current, request.getRemoteAddr(), attempt);
        if (error == null && !Passwords.isStrongEnough(password)) {
            error = "identity.user.password.short";
        } else if (error == null && !password.equals(repeat)) {
            error = "identity.password.repeat.different";
        }
        if (error != null) {
            model.addAttribute("error", error);
            return "identity/password";
        }
        accounts.changePassword(user.id(), passwords.hash(password));
        audit.record(attempt);
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?passwordChanged";
    }

    /** Why the current password is not accepted (audited), or null when it is right. */
    private String currentPasswordRefusal(SignedInUser user, String current, String address, AuditRecord attempt) {
        if (!throttle.tryAttempt(user.username(), address)) {
            audit.record(attempt.withOutcome(Outcome.FAILED).withDetail("waiting after failed attempts"));
            return "identity.password.current.wait";
        }
        if (!passwords.matches(current, accounts.byId(user.id()).orElseThrow().passwordHash())) {
            audit.record(attempt.withOutcome(Outcome.FAILED).withDetail("wrong current password"));
            return "identity.password.current.wrong";
        }
        throttle.succeeded(user.username(), address);
        return null;
    }
}
