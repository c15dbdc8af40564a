package pk.hifazat.linking.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;

/**
 * The analysts' linking pages: keys that may be noise and those marked so, and handles that may be
 * one person on several platforms. National tools: intake analysts and supervisors of a national
 * unit (by role and {@link Access#national} first, so that the menu offers them to those alone, then
 * {@link Access#checkNational}, which audits every view and decision).
 */
@Controller
@RequestMapping("/linking")
@PreAuthorize("hasAnyRole('INTAKE_ANALYST', 'SUPERVISOR') and @access.national()")
class LinkingPagesController {

    static final int LIST_SIZE = 100;

    private final KeyDecisions decisions;
    private final LinkingDecisionsAudited audited;
    private final KeyRules rules;
    private final Access access;
    private final LinkingProperties properties;

    LinkingPagesController(KeyDecisions decisions, LinkingDecisionsAudited audited, KeyRules rules, Access access,
                           LinkingProperties properties) {
        this.decisions = decisions;
        this.audited = audited;
        this.rules = rules;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/noise")
    String noise(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String value,
                 @RequestParam(defaultValue = "") String platform, Model model) {
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "LinkNoise", "page"));
        if (!value.isBlank()) {
            try {
                model.addAttribute("found", decisions.key(rules.asked(kind, value, platform.isBlank() ? null : platform))
                        .map(java.util.List::of).orElse(java.util.List.of()));
            } catch (InvalidDecisionException e) {
                model.addAttribute("error", e.messageKey());
            }
        }
        model.addAttribute("kinds", KeyRules.kinds());
        model.addAttribute("kind", kind);
        model.addAttribute("value", value);
        model.addAttribute("platform", platform);
        model.addAttribute("candidates", decisions.candidates(LIST_SIZE));
        model.addAttribute("noise", decisions.noise(LIST_SIZE));
        model.addAttribute("notNoise", decisions.notNoise(LIST_SIZE));
        model.addAttribute("candidateDegree", properties.noiseCandidateDegree());
        model.addAttribute("ceiling", properties.automaticMergeCeiling());
        return "linking/noise";
    }

    @GetMapping("/weak-links")
    String weakLinks(Model model) {
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "LinkWeakLinks", "page"));
        var handles = decisions.weakLinks(LIST_SIZE);
        model.addAttribute("handles", handles);
        model.addAttribute("spellings", handles.stream()
                .collect(java.util.stream.Collectors.toMap(KeyDecisions.KeyView::id, decisions::spellingsOf)));
        return "linking/weak-links";
    }

    @PostMapping("/keys/{id}/noise")
    String markNoise(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decided(() -> audited.markNoise(id, reason), "linking.noise.marked.done", "/linking/noise", redirect);
    }

    @PostMapping("/keys/{id}/not-noise")
    String unmarkNoise(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decided(() -> audited.unmarkNoise(id, reason), "linking.noise.unmarked", "/linking/noise", redirect);
    }

    @PostMapping("/keys/{id}/confirmation")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decided(() -> audited.confirm(id, reason), "linking.weak.confirmed", "/linking/weak-links", redirect);
    }

    private static String decided(Runnable decision, String done, String page, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidDecisionException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (UnknownKeyException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + page;
    }
}
