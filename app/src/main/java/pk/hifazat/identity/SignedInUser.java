package pk.hifazat.identity;

import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.UnitId;

/** The person behind the current request, with what they may see. */
public record SignedInUser(UserId id, String username, String displayName, Role role, UnitId unit,
                           Jurisdiction jurisdiction) {

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
