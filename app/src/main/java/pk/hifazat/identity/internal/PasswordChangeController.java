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
import pk.hifazat.identity.Access;

/** Choosing one's own password; after it, the user signs in again with the new one. */
@Controller
@RequestMapping(MustChangePasswordFilter.PASSWORD_PAGE)
class PasswordChangeController {

    private final Accounts accounts;
    private final Passwords passwords;
    private final Access access;
    private final AuditLog audit;

    PasswordChangeController(Accounts accounts, Passwords passwords, Access access, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.access = access;
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
        var account = accounts.byId(user.id()).orElseThrow();
        String error = null;
        if (!passwords.matches(current, account.passwordHash())) {
            error = "identity.password.current.wrong";
        } else if (!Passwords.isStrongEnough(password)) {
            error = "identity.user.password.short";
        } else if (!password.equals(repeat)) {
            error = "identity.password.repeat.different";
        }
        if (error != null) {
            model.addAttribute("error", error);
            return "identity/password";
        }
        accounts.changePassword(user.id(), passwords.hash(password));
        audit.record(AuditRecord.of(IdentityAction.CHANGE_PASSWORD, "User", user.id()));
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?passwordChanged";
    }
}
