package pk.hifazat.safeguarding.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What bad input or a refused step says, in the page's language or a given one (the staff API gives
 * English and Urdu), and how a page's form answers: done, a redirect with a notice; refused, back
 * with the reason (nothing was stored).
 */
@Component
class SafeguardingMessages {

    private static final Locale URDU = Locale.forLanguageTag("ur");

    private final MessageSource messages;

    SafeguardingMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(SafeguardingInputException problem, Locale locale) {
        String why = messages.getMessage(new DefaultMessageSourceResolvable(new String[] {problem.messageKey()},
                problem.arguments()), locale);
        return problem.stepRefused() ? why
                : messages.getMessage("safeguarding.field." + problem.field(), null, problem.field(), locale) + ": " + why;
    }

    String english(SafeguardingInputException problem) {
        return of(problem, Locale.ENGLISH);
    }

    String urdu(SafeguardingInputException problem) {
        return of(problem, URDU);
    }

    String act(RedirectAttributes flash, String back, Supplier<String> change) {
        try {
            String next = change.get();
            flash.addFlashAttribute("done", true);
            return "redirect:" + next;
        } catch (SafeguardingInputException refused) {
            flash.addFlashAttribute("problem", of(refused, LocaleContextHolder.getLocale()));
            return "redirect:" + back;
        }
    }
}
