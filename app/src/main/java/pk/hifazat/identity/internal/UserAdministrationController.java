package pk.hifazat.identity.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.PlacePickers;
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
    private final PlacePickers pickers;
    private final Access access;
    private final PersonalAccessTokens tokens;

    UserAdministrationController(Accounts accounts, Units units, Passwords passwords, AuditLog audit,
                                 PlacePickers pickers, Access access, PersonalAccessTokens tokens) {
        this.tokens = tokens;
        this.pickers = pickers;
        this.access = access;
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String find, Model model) {
        if (!model.containsAttribute("user")) {
            model.addAttribute("user", NewUserForm.empty());
        }
        model.addAttribute("accounts", accounts.all());
        addChoices(model, find);
        return "identity/users";
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("user") NewUserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.username())) {
            errors.rejectValue("username", "identity.user.username.taken");
        }
        var unit = knownUnit(form.unitCode(), errors);
        var role = knownRole(form.role(), errors);
        if (errors.hasErrors()) {
            return list("", model);
        }
        var id = accounts.add(form.username().trim(), form.displayName().trim(), passwords.hash(form.password()),
                role, unit.get().id(), true);
        audit.record(AuditRecord.of(CommonAction.CREATE, "User", id).withDetail("role " + role));
        redirect.addFlashAttribute("created", form.username().trim());
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "") String find, Model model) {
        var account = account(id);
        if (!model.containsAttribute("user")) {
            model.addAttribute("user", new UserChangeForm(account.displayName(), account.role().name(),
                    units.byId(account.unit()).map(Unit::code).orElse("")));
        }
        model.addAttribute("account", account);
        addChoices(model, find);
        return "identity/user";
    }

    @PostMapping("/{id}")
    @Transactional
    String change(@PathVariable UUID id, @Valid @ModelAttribute("user") UserChangeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        var account = account(id);
        var unit = knownUnit(form.unitCode(), errors);
        var role = knownRole(form.role(), errors);
        if (role != null && role != Role.ADMINISTRATOR && account.id().equals(access.require().id())) {
            errors.rejectValue("role", "identity.user.role.self");
        }
        if (errors.hasErrors()) {
            return show(id, "", model);
        }
        accounts.change(account.id(), form.displayName().trim(), role, unit.get().id());
        audit.record(AuditRecord.of(IdentityAction.EDIT_USER, "User", account.id())
                .withDetail("role " + role + ", unit " + unit.get().code()));
        redirect.addFlashAttribute("changed", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    @Transactional
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        return enable(id, false, redirect);
    }

    @PostMapping("/{id}/enable")
    @Transactional
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        return enable(id, true, redirect);
    }

    /** Answered with a page, never a redirect, so that the password travels in no address, flash or log. */
    @PostMapping("/{id}/reset-password")
    @Transactional
    String resetPassword(@PathVariable UUID id, Model model) {
        var account = account(id);
        String oneTime = passwords.oneTime();
        accounts.resetPassword(account.id(), passwords.hash(oneTime));
        tokens.revokeAll(account.id());
        audit.record(AuditRecord.of(IdentityAction.RESET_PASSWORD, "User", account.id()));
        model.addAttribute("oneTimePassword", oneTime);
        return show(id, "", model);
    }

    /** An administrator may not disable their own account: the last one would lock everyone out. */
    private String enable(UUID id, boolean enabled, RedirectAttributes redirect) {
        var account = account(id);
        if (!enabled && account.id().equals(access.require().id())) {
            redirect.addFlashAttribute("notSelf", true);
            return "redirect:/admin/users/" + id;
        }
        accounts.enable(account.id(), enabled);
        if (!enabled) {
            tokens.revokeAll(account.id());
        }
        audit.record(AuditRecord.of(enabled ? IdentityAction.ENABLE_USER : IdentityAction.DISABLE_USER, "User",
                account.id()));
        redirect.addFlashAttribute("changed", true);
        return "redirect:/admin/users/" + id;
    }

    private Account account(UUID id) {
        return accounts.byId(new UserId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Optional<Unit> knownUnit(String code, BindingResult errors) {
        var unit = code == null ? Optional.<Unit>empty() : units.byCode(code);
        if (!errors.hasFieldErrors("unitCode") && unit.isEmpty()) {
            errors.rejectValue("unitCode", "identity.user.unit.unknown");
        }
        return unit;
    }

    private static Role knownRole(String name, BindingResult errors) {
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
        if (!errors.hasFieldErrors("role") && role == null) {
            errors.rejectValue("role", "identity.user.role.unknown");
        }
        return role;
    }

    private void addChoices(Model model, String find) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("unitGroups", pickers.units(LocaleContextHolder.getLocale(), find));
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
    }
}
