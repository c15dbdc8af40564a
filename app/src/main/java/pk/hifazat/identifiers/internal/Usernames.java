package pk.hifazat.identifiers.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Platform names and usernames as keys that link reports: "Instagram " and "instagram" are one
 * platform, "@Ali_99" and "ali_99" one Instagram user. Usernames are lower-cased only on platforms
 * known to ignore case; elsewhere two spellings stay two users rather than risk a false link.
 */
public final class Usernames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> ALIASES = Map.of(
            "twitter", "x", "fb", "facebook", "ig", "instagram", "insta", "instagram", "yt", "youtube",
            "tik tok", "tiktok", "snap", "snapchat");

    private final Set<String> caseInsensitive;

    public Usernames(Set<String> caseInsensitivePlatforms) {
        this.caseInsensitive = Set.copyOf(caseInsensitivePlatforms.stream().map(Usernames::key).toList());
    }

    /** The platform's key: lower case, single spaces, common short names expanded; null when none was given. */
    public String platform(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String key = key(written);
        return ALIASES.getOrDefault(key, key);
    }

    /** The username without leading at signs, lower-cased where the platform ignores case. */
    public Optional<String> username(String platform, String written) {
        if (written == null) {
            return Optional.empty();
        }
        String name = written.strip();
        int at = 0;
        while (at < name.length() && (name.charAt(at) == '@' || name.charAt(at) == '＠')) {
            at++;
        }
        name = name.substring(at).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(platform != null && caseInsensitive.contains(platform) ? name.toLowerCase(Locale.ROOT) : name);
    }

    private static String key(String written) {
        return SPACES.matcher(written.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
