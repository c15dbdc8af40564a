package pk.hifazat.identity.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Role;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdministrationController {

    private final Accounts accounts;
    private final Units units;
    private final Passwords passwords;
    private final AuditLog audit;

    UserAdministrationController(Accounts accounts, Units units, Passwords passwords, AuditLog audit) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("user")) {
            model.addAttribute("user", NewUserForm.empty());
        }
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        var all = units.all();
        model.addAttribute("units", all);
        model.addAttribute("unitNames", all.stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        return "identity/users";
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("user") NewUserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.username())) {
            errors.rejectValue("username", "identity.user.username.taken");
        }
        var unit = form.unitCode() == null ? java.util.Optional.<Unit>empty() : units.byCode(form.unitCode());
        if (!errors.hasFieldErrors("unitCode") && unit.isEmpty()) {
            errors.rejectValue("unitCode", "identity.user.unit.unknown");
        }
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.role())).findFirst().orElse(null);
        if (!errors.hasFieldErrors("role") && role == null) {
            errors.rejectValue("role", "identity.user.role.unknown");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        var id = accounts.add(form.username().trim(), form.displayName().trim(), passwords.hash(form.password()),
                role, unit.get().id(), true);
        audit.record(AuditRecord.of(CommonAction.CREATE, "User", id).withDetail("role " + role));
        redirect.addFlashAttribute("created", form.username().trim());
        return "redirect:/admin/users";
    }
}
