package pk.hifazat.identity.internal;

import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.UnitId;

/** A user's account as stored, password hash included; never leaves this module. */
record Account(UserId id, String username, String displayName, String passwordHash, Role role, UnitId unit,
               boolean enabled, boolean mustChangePassword) {
}
