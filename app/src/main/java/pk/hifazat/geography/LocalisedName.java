package pk.hifazat.geography;

import java.util.Locale;

/** A place name in English and Urdu. */
public record LocalisedName(String english, String urdu) {

    public String in(Locale locale) {
        return locale != null && "ur".equals(locale.getLanguage()) ? urdu : english;
    }
}
