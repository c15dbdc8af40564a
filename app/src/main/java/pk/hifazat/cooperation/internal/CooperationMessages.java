package pk.hifazat.cooperation.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** What a refusal or bad input says, in the page's language or in a given one (the staff API gives both). */
@Component
class CooperationMessages {

    static final Locale URDU = Locale.forLanguageTag("ur");

    private final MessageSource messages;

    CooperationMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(RuntimeException problem) {
        return of(problem, LocaleContextHolder.getLocale());
    }

    String of(RuntimeException problem, Locale locale) {
        return switch (problem) {
            case RequestRefusedException refused -> messages.getMessage(refused.reason(), locale);
            case RequestInputException input -> messages.getMessage("cooperation.field." + input.field(), null, input.field(),
                    locale) + ": " + messages.getMessage(new DefaultMessageSourceResolvable(
                    new String[] {input.messageKey()}, input.arguments()), locale);
            default -> throw problem;
        };
    }
}
