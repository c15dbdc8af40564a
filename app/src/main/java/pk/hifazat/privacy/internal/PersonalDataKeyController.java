package pk.hifazat.privacy.internal;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.privacy.PersonalData;

/**
 * Administration → Personal data key: which key seals, which are being retired, how many rows each
 * module still holds under another key, and the re-seal's progress; "Re-seal now" starts one (again).
 * The page reloads itself every few seconds while a re-seal runs, without script.
 */
@Controller
@RequestMapping("/admin/personal-data-key")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class PersonalDataKeyController {

    private final PersonalData personalData;
    private final KeyRotation rotation;

    PersonalDataKeyController(PersonalData personalData, KeyRotation rotation) {
        this.personalData = personalData;
        this.rotation = rotation;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("current", personalData.keyFingerprint());
        model.addAttribute("previous", personalData.previousFingerprints());
        var remaining = rotation.remaining();
        model.addAttribute("remaining", remaining);
        model.addAttribute("retirable", !personalData.previousFingerprints().isEmpty() && remaining.stream()
                .allMatch(r -> r.underOtherKeys().isPresent() && r.underOtherKeys().getAsLong() == 0));
        model.addAttribute("run", rotation.latest().orElse(null));
        return "privacy/key";
    }

    @PostMapping("/reseal")
    String reseal(Principal user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", rotation.start(user.getName()) ? "privacy.reseal.started" : "privacy.reseal.busy");
        return "redirect:/admin/personal-data-key";
    }

    @PostMapping("/stop")
    String stop(RedirectAttributes redirect) {
        rotation.stop();
        redirect.addFlashAttribute("notice", "privacy.reseal.stopping");
        return "redirect:/admin/personal-data-key";
    }
}
