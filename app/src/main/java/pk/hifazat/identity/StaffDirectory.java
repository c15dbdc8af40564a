package pk.hifazat.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import pk.hifazat.units.UnitId;

/**
 * Who works where, for pickers and names (a case's lead officer and team, a task's owner). Nothing
 * here checks jurisdiction or audits: it names staff, never records.
 */
public interface StaffDirectory {

    Optional<StaffMember> byId(UserId id);

    /** Several at once, unknown ids left out. */
    List<StaffMember> byIds(Collection<UserId> ids);

    Optional<StaffMember> byUsername(String username);

    /** The enabled staff of these units, by display name. */
    List<StaffMember> ofUnits(Collection<UnitId> units);
}
