package pk.hifazat.identity;

import pk.hifazat.units.UnitId;

/** A member of staff as other modules may show them: no password, no sign-in state. */
public record StaffMember(UserId id, String username, String displayName, Role role, UnitId unit) {
}
