package pk.hifazat.cases.internal;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * A change made from a page: done, it redirects where it says with a notice; refused or given bad
 * input, it redirects back with the reason in the page's language (nothing was stored).
 */
final class PageOutcomes {

    private PageOutcomes() {
    }

    static String act(RedirectAttributes flash, CaseMessages messages, String back, Supplier<String> change) {
        try {
            String next = change.get();
            flash.addFlashAttribute("done", true);
            return "redirect:" + next;
        } catch (CaseInputException | TransitionRefusedException refused) {
            flash.addFlashAttribute("problem", messages.of(refused));
            return "redirect:" + back;
        }
    }
}
