package pk.hifazat.workspace.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import pk.hifazat.navigation.HomeCard;
import pk.hifazat.navigation.NavigationEntry;

/**
 * What the modules contributed to the header and the home page, narrowed to what the signed-in
 * user may open. The layout calls it as {@code @navigation} while it renders.
 */
@Component("navigation")
@ConditionalOnWebApplication
public class Navigation {

    private final List<NavigationEntry> entries;
    private final List<HomeCard> cards;
    private final PagePermissions permissions;

    Navigation(List<NavigationEntry> entries, List<HomeCard> cards, PagePermissions permissions) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.cards = cards.stream().sorted(Comparator.comparingInt(HomeCard::order)).toList();
        this.permissions = permissions;
    }

    public List<NavigationEntry> entries() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return entries.stream().filter(entry -> permissions.mayOpen(entry.path(), user)).toList();
    }

    public List<HomeCard> cards() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return cards.stream().filter(card -> permissions.mayOpen(card.path(), user)).toList();
    }
}
