package pk.hifazat.identifiers.internal;

import java.util.OptionalInt;

/**
 * The invisible characters that change the order in which text around them is shown (Unicode's
 * bidirectional embeddings, overrides, isolates and marks). Joiners (U+200C, U+200D), which Urdu
 * and Arabic writing needs, are not among them.
 */
public final class DirectionControls {

    private DirectionControls() {
    }

    public static boolean is(int c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** The first direction control in the text; empty when there is none (or no text). */
    public static OptionalInt first(String text) {
        return text == null ? OptionalInt.empty() : text.chars().filter(DirectionControls::is).findFirst();
    }

    /** The text without its direction controls; null stays null. */
    public static String removed(String text) {
        if (first(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !is(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
