package pk.hifazat.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import pk.hifazat.geography.District;

/**
 * An immutable map from name keys to districts, built from the districts' English and Urdu
 * names, their initials forms ("Dera Ghazi Khan" → "DG Khan") and a list of known aliases.
 *
 * <p>Free text is searched by joining up to four consecutive words: because keys have no spaces,
 * "مظفر گڑھ" written as two words still meets "مظفرگڑھ". A key that two districts share is
 * dropped rather than guessed.
 */
final class DistrictNameIndex {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,،;:!?()\\[\\]\"'/\\\\|۔.-]+");
    private static final int MAX_WORDS_IN_A_NAME = 4;

    private final Map<String, District> byKey;

    private DistrictNameIndex(Map<String, District> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static DistrictNameIndex of(List<District> districts, Map<String, List<String>> aliasesByCode) {
        Map<String, District> keys = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (District district : districts) {
            List<String> names = new ArrayList<>();
            names.add(district.name().english());
            names.add(district.name().urdu());
            names.add(initialsForm(district.name().english()));
            names.addAll(aliasesByCode.getOrDefault(district.code().value(), List.of()));
            for (String name : names) {
                String key = PlaceNames.key(name);
                if (key.length() < 3) {
                    continue;
                }
                District earlier = keys.putIfAbsent(key, district);
                if (earlier != null && !earlier.code().equals(district.code())) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(keys::remove);
        return new DistrictNameIndex(keys);
    }

    /** "Dera Ghazi Khan" → "D G Khan"; names of one word have no initials form. */
    private static String initialsForm(String english) {
        String[] words = english.replace(".", " ").trim().split("\\s+");
        if (words.length < 3) {
            return "";
        }
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            form.append(words[i].charAt(0));
        }
        return form.append(words[words.length - 1]).toString();
    }

    Optional<District> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        District whole = byKey.get(PlaceNames.key(text));
        if (whole != null) {
            return Optional.of(whole);
        }
        String[] words = WORD_BREAK.split(text.strip());
        District best = null;
        int bestLength = 0;
        for (int start = 0; start < words.length; start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < Math.min(words.length, start + MAX_WORDS_IN_A_NAME); end++) {
                joined.append(words[end]);
                String key = PlaceNames.key(joined.toString());
                District found = byKey.get(key);
                if (found != null && key.length() > bestLength) {
                    best = found;
                    bestLength = key.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
