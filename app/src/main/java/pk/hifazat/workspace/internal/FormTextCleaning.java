package pk.hifazat.workspace.internal;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text that a form or a query sends loses its control characters (all but tab and line breaks)
 * before any controller sees it. No keyboard types them, and PostgreSQL refuses a NUL in text: a
 * hand-made request with one would otherwise end in an error page instead of an answer on the form.
 */
@ControllerAdvice
class FormTextCleaning {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @InitBinder
    void withoutControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : CONTROL_CHARACTERS.matcher(text).replaceAll(""));
            }
        });
    }
}
