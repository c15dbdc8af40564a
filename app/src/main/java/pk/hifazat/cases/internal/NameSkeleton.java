package pk.hifazat.cases.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A name reduced to its consonants, alike in Latin and Urdu script, so that "Muhammad Ali", "Mohammed
 * Aly" and "محمد علی" compare equal: vowels, h and doubled letters dropped, letters that sound alike
 * folded together. Good for suggesting possible duplicates to an officer, never for deciding.
 */
final class NameSkeleton {

    private static final Map<Character, String> URDU = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('پ', "p"), Map.entry('ت', "t"), Map.entry('ٹ', "t"), Map.entry('ث', "s"),
            Map.entry('ج', "j"), Map.entry('چ', "c"), Map.entry('ح', ""), Map.entry('خ', "k"), Map.entry('د', "d"),
            Map.entry('ڈ', "d"), Map.entry('ذ', "z"), Map.entry('ر', "r"), Map.entry('ڑ', "r"), Map.entry('ز', "z"),
            Map.entry('ژ', "z"), Map.entry('س', "s"), Map.entry('ش', "s"), Map.entry('ص', "s"), Map.entry('ض', "z"),
            Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('غ', "g"), Map.entry('ف', "f"), Map.entry('ق', "k"),
            Map.entry('ک', "k"), Map.entry('ك', "k"), Map.entry('گ', "g"), Map.entry('ل', "l"), Map.entry('م', "m"),
            Map.entry('ن', "n"), Map.entry('ں', "n"), Map.entry('ہ', ""), Map.entry('ھ', ""), Map.entry('ه', ""));

    private NameSkeleton() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replace("sh", "s").replace("ch", "c").replace("kh", "k").replace("gh", "g").replace("ph", "f")
                .replace("th", "t").replace("q", "k").replace("x", "ks").replace("v", "w");
        StringBuilder skeleton = new StringBuilder();
        for (char c : text.toCharArray()) {
            String folded = URDU.containsKey(c) ? URDU.get(c)
                    : c >= 'a' && c <= 'z' && "aeiouyhw".indexOf(c) < 0 ? String.valueOf(c) : "";
            for (char f : folded.toCharArray()) {
                if (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != f) {
                    skeleton.append(f);
                }
            }
        }
        return skeleton.toString();
    }

    /** Equal skeletons, or one letter apart when both have four or more. */
    static boolean similar(String one, String other) {
        String a = of(one);
        String b = of(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && oneEditApart(a, b);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }
}
