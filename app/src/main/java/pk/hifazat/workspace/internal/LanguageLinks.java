package pk.hifazat.workspace.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The header's language switch: the page being shown, with its query kept (filters, paging) and only
 * {@code lang} replaced. The layout calls it as {@code @languageLinks}. The query stays as the browser
 * sent it, percent-encoded, and Thymeleaf escapes the attribute, so nothing typed into an address can
 * leave the link.
 */
@Component("languageLinks")
@ConditionalOnWebApplication
public class LanguageLinks {

    public String urdu() {
        return to("ur");
    }

    public String english() {
        return to("en");
    }

    private static String to(String language) {
        try {
            return "?" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .getQuery();
        } catch (IllegalArgumentException | IllegalStateException malformedOrNoRequest) {
            // a query that is not validly encoded is not worth keeping; the switch itself still works
            return "?lang=" + language;
        }
    }
}
