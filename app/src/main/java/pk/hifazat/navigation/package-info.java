/**
 * Navigation: how a module puts its pages into the header's navigation and onto the home page
 * without editing anyone else's files. A module declares {@link pk.hifazat.navigation.NavigationEntry}
 * and {@link pk.hifazat.navigation.HomeCard} beans; the workspace shows each one only to users who
 * may open its page, as decided by the page's own {@code @PreAuthorize}, so the role list is written
 * once, on the controller. It depends on no other module, so that every module may contribute.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Navigation")
package pk.hifazat.navigation;
