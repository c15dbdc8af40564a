package pk.hifazat.navigation;

/**
 * A link in the header's navigation, declared by the module that owns the page as a bean.
 *
 * @param path     the page, as its controller maps it for GET (for example {@code /intake})
 * @param labelKey the message key of the link's text, in the module's own bundle
 * @param order    where it stands: lower first; modules leave gaps (100, 200, …) for others
 */
public record NavigationEntry(String path, String labelKey, int order) {

    public NavigationEntry {
        PagePath.require(path);
        PagePath.requireKey(labelKey, "navigation entry");
    }
}
