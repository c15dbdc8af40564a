package pk.hifazat.tips.internal;

import java.util.Arrays;
import java.util.List;

/** The lines of a one-per-line text box, trimmed, without the empty ones. */
final class TipLines {

    static final int MAX_LINES = 50;

    private TipLines() {
    }

    /** True when none of the boxes has a line in it. */
    static boolean allEmpty(String... boxes) {
        for (String box : boxes) {
            if (!of(box).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
