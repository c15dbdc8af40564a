package pk.hifazat.intake.internal.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import pk.hifazat.intake.internal.IntakeAction;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.internal.ApiKey;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.IssuedKey;
import pk.hifazat.intake.internal.OrganisationKind;
import pk.hifazat.intake.internal.ReportingOrganisation;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * Reporting organisations and their API keys. A new key is shown once, in the answer to the
 * request that issued it (not stored in the session for a redirect); only its hash is kept.
 */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ApiKeyAdministrationController {

    private final ReportingOrganisations organisations;
    private final ApiKeys keys;
    private final Access access;
    private final AuditLog audit;

    ApiKeyAdministrationController(ReportingOrganisations organisations, ApiKeys keys, Access access, AuditLog audit) {
        this.organisations = organisations;
        this.keys = keys;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    @Transactional
    String list(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "ApiKeyList", "all"));
        return page(model);
    }

    private String page(Model model) {
        if (!model.containsAttribute("apiOrganisation")) {
            model.addAttribute("apiOrganisation", NewOrganisationForm.empty());
        }
        List<ReportingOrganisation> all = organisations.all();
        Map<UUID, List<ApiKey>> keysByOrganisation = keys.all().stream()
                .collect(Collectors.groupingBy(ApiKey::organisation));
        model.addAttribute("organisations", all);
        model.addAttribute("keys", keysByOrganisation);
        model.addAttribute("kinds", OrganisationKind.values());
        return "intake-desk/api-keys";
    }

    @PostMapping("/organisations")
    @Transactional
    String addOrganisation(@Valid @ModelAttribute("apiOrganisation") NewOrganisationForm form, BindingResult errors,
                           Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && organisations.byName(form.name()).isPresent()) {
            errors.rejectValue("name", "desk.apiKeys.organisation.name.taken");
        }
        OrganisationKind kind = Arrays.stream(OrganisationKind.values())
                .filter(k -> k.name().equals(form.kind())).findFirst().orElse(null);
        if (!errors.hasFieldErrors("kind") && kind == null) {
            errors.rejectValue("kind", "desk.apiKeys.organisation.kind.unknown");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        ReportingOrganisation organisation = organisations.add(form.name(), kind);
        audit.record(AuditRecord.of(CommonAction.CREATE, "ReportingOrganisation", organisation.id()).withDetail(kind.name()));
        redirect.addFlashAttribute("created", organisation.name());
        return "redirect:/admin/api-keys";
    }

    @PostMapping("/organisations/{id}/keys")
    @Transactional
    String issue(@PathVariable UUID id, @RequestParam(defaultValue = "") String label, Model model,
                 HttpServletResponse response) {
        ReportingOrganisation organisation = organisations.byId(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = label.isBlank() ? "key" : label.strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        IssuedKey issued = keys.issue(organisation.id(), name, access.require().username());
        audit.record(AuditRecord.of(IntakeAction.ISSUE, "ApiKey", issued.key().id())
                .withDetail("organisation " + organisation.id()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("issuedTo", organisation.name());
        return page(model);
    }

    /** Asks before revoking: a revoked key cannot be restored, and its holder's reports are refused at once. */
    @GetMapping("/keys/{id}/revoke")
    String confirmRevoke(@PathVariable UUID id, Model model) {
        ApiKey key = keys.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("key", key);
        model.addAttribute("organisation", organisations.byId(key.organisation()).map(ReportingOrganisation::name)
                .orElse(""));
        return "intake-desk/api-key-revoke";
    }

    @PostMapping("/keys/{id}/revoke")
    @Transactional
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                  RedirectAttributes redirect) {
        ApiKey key = keys.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!confirmed) {
            return confirmRevoke(id, model);
        }
        if (keys.revoke(id, access.require().username())) {
            audit.record(AuditRecord.of(IntakeAction.REVOKE, "ApiKey", id).withDetail("organisation " + key.organisation()));
        }
        redirect.addFlashAttribute("revoked", key.prefix());
        return "redirect:/admin/api-keys";
    }
}
