package pk.hifazat.geography.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a place name to a comparison key, so that the spellings people actually write meet the
 * reference data: the news report's "مظفر گڑھ" and the data's "مظفرگڑھ", "Muzafargarh" and
 * "Muzaffargarh", "D.G. Khan" and "DG Khan".
 *
 * <p>Urdu: no spaces or joiners, no diacritics or tatweel, and one form for letters that Arabic and
 * Persian keyboards encode differently (ي/ی, ك/ک, ه/ہ/ة, أ/إ/آ/ا). English: lower case, letters and
 * digits only, and doubled letters collapsed, which absorbs most transliteration variants. The key
 * is for matching only; it is never shown.
 */
final class PlaceNames {

    private PlaceNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = unify(text.charAt(i));
            if (c == 0 || !Character.isLetterOrDigit(c)) {
                continue;
            }
            if (c < 0x80 && c == previous) {
                continue;
            }
            key.append(c);
            previous = c;
        }
        return key.toString();
    }

    /** One letter form per sound; 0 for marks that carry no letter. */
    private static char unify(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D') {
            return 0;
        }
        return switch (c) {
            case '\u064A', '\u0649', '\u06D2', '\u06D3', '\u0626' -> '\u06CC'; // ي ى ے ۓ ئ → ی
            case '\u0643' -> '\u06A9';                                         // ك → ک
            case '\u0647', '\u0629', '\u06C3', '\u06C2', '\u06D5' -> '\u06C1'; // ه ة ۃ ۂ ە → ہ
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';           // أ إ آ ٱ → ا
            case '\u0624' -> '\u0648';                                         // ؤ → و
            default -> c;
        };
    }
}
