package pk.hifazat.navigation;

import java.util.List;

/**
 * A module's notices for the signed-in user's home page, declared as a bean: what is waiting for
 * them now (overdue tasks, a new report in a network they work on). Asked on every visit to the home
 * page, so an implementation answers from an index, for this user only, and checks their access itself.
 */
public interface HomeNotices {

    List<HomeNotice> forSignedInUser();
}
