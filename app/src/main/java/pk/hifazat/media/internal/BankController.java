package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.PartnerOrganisations;
import pk.hifazat.media.BankId;

/**
 * The curator's pages: banks with their counts, creating, enabling, disabling and retiring them,
 * sharing them with partners, importing hash lists and following the import, and removing an entry
 * found to be a false positive. Hashes and metadata only: this platform never shows the material.
 */
@Controller
@RequestMapping("/banks")
@PreAuthorize("hasRole('HASH_CURATOR')")
class BankController {

    private static final int HISTORY = 20;
    private static final int ERRORS_SHOWN = 200;

    private final Banks banks;
    private final HashImports imports;
    private final HashImporter importer;
    private final BankEntries entries;
    private final PdqIndex index;
    private final PartnerOrganisations partners;
    private final Access access;
    private final AuditLog audit;

    BankController(Banks banks, HashImports imports, HashImporter importer, BankEntries entries, PdqIndex index,
                   PartnerOrganisations partners, Access access, AuditLog audit) {
        this.banks = banks;
        this.imports = imports;
        this.importer = importer;
        this.entries = entries;
        this.index = index;
        this.partners = partners;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    @Transactional
    String list(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "HashBankList", "all"));
        return listPage(model);
    }

    private String listPage(Model model) {
        if (!model.containsAttribute("bank")) {
            model.addAttribute("bank", NewBankForm.empty());
        }
        model.addAttribute("banks", banks.all());
        model.addAttribute("counts", banks.counts());
        model.addAttribute("none", Banks.EntryCounts.NONE);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("indexed", index.size());
        return "media/banks";
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("bank") NewBankForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && banks.nameTaken(form.name())) {
            errors.rejectValue("name", "media.bank.name.taken");
        }
        Severity severity = Arrays.stream(Severity.values()).filter(s -> s.name().equals(form.severity())).findFirst()
                .orElse(null);
        if (!errors.hasFieldErrors("severity") && severity == null) {
            errors.rejectValue("severity", "media.bank.severity.required");
        }
        if (errors.hasErrors()) {
            return listPage(model);
        }
        Bank bank = banks.create(form.name(), form.source(), form.defaultCategory(), severity, form.pdqRadius(),
                access.require().username());
        audit.record(AuditRecord.of(MediaAction.CREATE_BANK, "HashBank", bank.id()).withDetail("radius " + bank.pdqRadius()));
        redirect.addFlashAttribute("created", bank.name());
        return "redirect:/banks/" + bank.id();
    }

    @GetMapping("/{id}")
    @Transactional
    String bank(@PathVariable UUID id, Model model) {
        Bank bank = bankOr404(id);
        audit.record(AuditRecord.of(CommonAction.VIEW, "HashBank", bank.id()));
        Set<OrganisationId> shared = Set.copyOf(banks.sharedWith(bank.id()));
        model.addAttribute("bank", bank);
        model.addAttribute("counts", banks.counts().getOrDefault(bank.id(), Banks.EntryCounts.NONE));
        model.addAttribute("imports", imports.latest(bank.id(), HISTORY));
        model.addAttribute("formats", ImportFormat.values());
        try {
            model.addAttribute("waiting", importer.waiting());
        } catch (IOException e) {
            model.addAttribute("waiting", List.of());
        }
        model.addAttribute("partners", partners.all());
        model.addAttribute("shared", shared.stream().map(OrganisationId::value).collect(Collectors.toSet()));
        return "media/bank";
    }

    @PostMapping("/{id}/state")
    @Transactional
    String state(@PathVariable UUID id, @RequestParam String change, @RequestParam(required = false) Integer radius,
                 RedirectAttributes redirect) {
        Bank bank = bankOr404(id);
        if (bank.retired()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        switch (change) {
            case "enable" -> banks.setEnabled(bank.id(), true);
            case "disable" -> banks.setEnabled(bank.id(), false);
            case "retire" -> banks.retire(bank.id(), access.require().username());
            case "radius" -> {
                if (radius == null || radius < 0 || radius > 64) {
                    redirect.addFlashAttribute("radiusError", true);
                    return "redirect:/banks/" + id;
                }
                banks.setRadius(bank.id(), radius);
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        audit.record(AuditRecord.of("retire".equals(change) ? MediaAction.RETIRE_BANK : MediaAction.CHANGE_BANK,
                "HashBank", bank.id()).withDetail("radius".equals(change) ? "radius " + radius : change));
        index.afterCommit();
        if ("enable".equals(change) || "radius".equals(change) && radius > bank.pdqRadius()) {
            importer.rematchAfterCommit(bank.id());
        }
        redirect.addFlashAttribute("changed", change);
        return "redirect:/banks/" + id;
    }

    @PostMapping("/{id}/shares")
    @Transactional
    String share(@PathVariable UUID id, @RequestParam UUID organisation, @RequestParam boolean shared,
                 RedirectAttributes redirect) {
        Bank bank = bankOr404(id);
        OrganisationId partner = new OrganisationId(organisation);
        if (partners.all().stream().noneMatch(p -> p.id().equals(partner))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        boolean changed = shared ? banks.share(bank.id(), partner, access.require().username())
                : banks.unshare(bank.id(), partner);
        if (changed) {
            audit.record(AuditRecord.of(MediaAction.SHARE_BANK, "HashBank", bank.id())
                    .withDetail((shared ? "shared with " : "no longer shared with ") + partner));
        }
        return "redirect:/banks/" + id + "#shares";
    }

    @PostMapping("/{id}/imports")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String format, RedirectAttributes redirect) throws IOException {
        Bank bank = bankOr404(id);
        ImportFormat chosen = Arrays.stream(ImportFormat.values()).filter(f -> f.name().equals(format)).findFirst()
                .orElse(null);
        String problem = bank.retired() ? "media.import.retired"
                : file == null || file.isEmpty() ? "media.import.file.required"
                : chosen == null ? "media.import.format.required" : null;
        if (problem != null) {
            redirect.addFlashAttribute("importError", problem);
            return "redirect:/banks/" + id + "#import";
        }
        long importId;
        try (InputStream in = file.getInputStream()) {
            importId = importer.queue(bank.id(), fileName(file.getOriginalFilename()), chosen, in,
                    access.require().username());
        }
        return "redirect:/banks/" + id + "/imports/" + importId;
    }

    /** Imports a list an operator copied into the spool folder's incoming/, too large to upload. */
    @PostMapping("/{id}/imports/waiting")
    String importWaiting(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "") String format, RedirectAttributes redirect) throws IOException {
        Bank bank = bankOr404(id);
        ImportFormat chosen = Arrays.stream(ImportFormat.values()).filter(f -> f.name().equals(format)).findFirst()
                .orElse(null);
        if (bank.retired() || chosen == null) {
            redirect.addFlashAttribute("importError", bank.retired() ? "media.import.retired" : "media.import.format.required");
            return "redirect:/banks/" + id + "#import";
        }
        return importer.queueWaiting(bank.id(), name, chosen, access.require().username())
                .map(importId -> "redirect:/banks/" + id + "/imports/" + importId)
                .orElseGet(() -> {
                    redirect.addFlashAttribute("importError", "media.import.waiting.gone");
                    return "redirect:/banks/" + id + "#import";
                });
    }

    /** An import's progress; while it runs, the page asks the browser to load it again every two seconds. */
    @GetMapping("/{id}/imports/{importId}")
    String importPage(@PathVariable UUID id, @PathVariable long importId, Model model, HttpServletResponse response) {
        Bank bank = bankOr404(id);
        HashImport hashImport = imports.byId(importId).filter(i -> i.bank().equals(bank.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!hashImport.status().finished()) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("bank", bank);
        model.addAttribute("hashImport", hashImport);
        model.addAttribute("errors", imports.errors(importId, ERRORS_SHOWN));
        return "media/import";
    }

    @PostMapping("/entries/remove")
    @Transactional
    String remove(@RequestParam(defaultValue = "0") long entry, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        String why = reason.strip();
        if (entry <= 0 || why.isEmpty() || why.length() > 500) {
            redirect.addFlashAttribute("removeError", why.isEmpty() ? "media.entry.reason.required" : "media.entry.invalid");
            return "redirect:/banks/matches#remove";
        }
        KnownEntry known = entries.byId(entry).orElse(null);
        if (known == null || !entries.remove(entry, why, access.require().username())) {
            redirect.addFlashAttribute("removeError", "media.entry.unknown");
            return "redirect:/banks/matches#remove";
        }
        audit.record(AuditRecord.of(MediaAction.REMOVE_ENTRY, "HashBankEntry", entry).withDetail("bank " + known.bank()));
        index.afterCommit();
        redirect.addFlashAttribute("removed", entry);
        return "redirect:/banks/matches";
    }

    private Bank bankOr404(UUID id) {
        return banks.byId(new BankId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
