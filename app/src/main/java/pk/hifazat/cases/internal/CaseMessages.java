package pk.hifazat.cases.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** What a refusal or bad input says, in the user's language or in a given one (the staff API gives both). */
@Component
public class CaseMessages {

    private static final Locale URDU = Locale.forLanguageTag("ur");

    private final MessageSource messages;

    CaseMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuntimeException problem) {
        return of(problem, LocaleContextHolder.getLocale());
    }

    public String english(RuntimeException problem) {
        return of(problem, Locale.ENGLISH);
    }

    public String urdu(RuntimeException problem) {
        return of(problem, URDU);
    }

    private String of(RuntimeException problem, Locale locale) {
        return switch (problem) {
            case TransitionRefusedException refused -> messages.getMessage(refused.reason(), locale);
            case CaseInputException input -> messages.getMessage("cases.field." + input.field(), null, input.field(), locale)
                    + ": " + messages.getMessage(new DefaultMessageSourceResolvable(new String[] {input.messageKey()},
                    input.arguments()), locale);
            default -> throw problem;
        };
    }
}
