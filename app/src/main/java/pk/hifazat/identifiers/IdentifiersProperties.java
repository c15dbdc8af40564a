package pk.hifazat.identifiers;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of identifier normalisation.
 *
 * @param caseInsensitivePlatforms platforms whose usernames ignore case, so they are lower-cased to
 *                                 link; on any other platform a username keeps its case. Unset, the
 *                                 large platforms that ignore case ({@link #defaults()}). Adding a
 *                                 platform later leaves its stored usernames in their old case: they
 *                                 need lower-casing with it, or they stop linking and
 *                                 {@link IdentifierNormaliser#stored} refuses them.
 */
@ConfigurationProperties("hifazat.identifiers")
public record IdentifiersProperties(Set<String> caseInsensitivePlatforms) {

    private static final Set<String> CASE_INSENSITIVE_PLATFORMS = Set.of("facebook", "instagram", "x", "tiktok",
            "telegram", "snapchat", "youtube", "discord", "reddit", "threads", "pinterest", "twitch", "kik", "skype",
            "github", "linkedin", "imo", "likee", "bigo live");

    public IdentifiersProperties {
        caseInsensitivePlatforms = caseInsensitivePlatforms == null ? CASE_INSENSITIVE_PLATFORMS
                : Set.copyOf(caseInsensitivePlatforms);
        if (caseInsensitivePlatforms.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("hifazat.identifiers.case-insensitive-platforms names a blank platform");
        }
    }

    /** The settings when nothing is configured: for code that builds a normaliser without Spring, such as tests. */
    public static IdentifiersProperties defaults() {
        return new IdentifiersProperties(null);
    }
}
