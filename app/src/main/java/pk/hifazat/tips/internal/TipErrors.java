package pk.hifazat.tips.internal;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Shows a problem the intake core found beside the form field it concerns, in the reporter's language. */
final class TipErrors {

    private TipErrors() {
    }

    /** The message is {@code tip.invalid.<code>}, or the general {@code tip.invalid} for a code without its own. */
    static void reject(BindingResult errors, String field, String code) {
        errors.addError(new FieldError(errors.getObjectName(), field, errors.getRawFieldValue(field), false,
                new String[]{"tip.invalid." + code, "tip.invalid"}, null, null));
    }
}
