package pk.hifazat.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;

/**
 * An officer's own personal access tokens for the staff API: made with a name and a lifetime of at
 * most 90 days, shown once on the answering page (never through a redirect, so the secret travels
 * in no address, flash or log), listed with their last use, and revoked at once.
 */
@Controller
@RequestMapping(AccessTokenController.PAGE)
class AccessTokenController {

    static final String PAGE = "/account/tokens";
    static final int MAX_DAYS = 90;

    private final PersonalAccessTokens tokens;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokenController(PersonalAccessTokens tokens, Access access, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.of(access.require().id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("maxDays", MAX_DAYS);
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", "");
            model.addAttribute("days", 30);
        }
        return "identity/tokens";
    }

    @PostMapping
    @Transactional
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String days,
                  Model model) {
        var user = access.require();
        String trimmed = name.strip();
        Integer lifetime = wholeDays(days);
        String error = null;
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            error = "identity.token.name.invalid";
        } else if (lifetime == null || lifetime < 1 || lifetime > MAX_DAYS) {
            error = "identity.token.days.invalid";
        } else if (tokens.usableCount(user.id()) >= PersonalAccessTokens.MAX_PER_USER) {
            error = "identity.token.too-many";
        }
        if (error != null) {
            model.addAttribute("error", error);
            model.addAttribute("name", trimmed);
            model.addAttribute("days", days);
            return list(model);
        }
        var issued = tokens.issue(user.id(), trimmed, Duration.ofDays(lifetime));
        audit.record(AuditRecord.of(IdentityAction.CREATE_TOKEN, "AccessToken", issued.id())
                .withDetail("for " + lifetime + " days"));
        model.addAttribute("secret", issued.secret());
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    @Transactional
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        if (tokens.revoke(access.require().id(), id)) {
            audit.record(AuditRecord.of(IdentityAction.REVOKE_TOKEN, "AccessToken", id));
            redirect.addFlashAttribute("revoked", true);
        }
        return "redirect:" + PAGE;
    }

    private static Integer wholeDays(String written) {
        try {
            return Integer.valueOf(written.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
