package pk.hifazat.navigation;

/**
 * A card on the home page that leads to a module's page, declared by that module as a bean.
 *
 * @param path     the page the card opens, as its controller maps it for GET
 * @param titleKey the message key of the card's heading
 * @param textKey  the message key of one sentence saying what the user finds there
 * @param order    where it stands: lower first
 */
public record HomeCard(String path, String titleKey, String textKey, int order) {

    public HomeCard {
        PagePath.require(path);
        PagePath.requireKey(titleKey, "home card");
        PagePath.requireKey(textKey, "home card");
    }
}
