package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitId;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/** The staff a case can name (lead officer, team, officers at an event, task owners): case workers only. */
@Component
class StaffChoices {

    static final Set<Role> CASE_WORKERS = EnumSet.of(Role.DISTRICT_OFFICER, Role.SUPERVISOR, Role.INTAKE_ANALYST);

    private final StaffDirectory staff;
    private final Units units;

    StaffChoices(StaffDirectory staff, Units units) {
        this.staff = staff;
        this.units = units;
    }

    /** Case workers of the district's unit, of the units over it (zone, headquarters), and the user themself. */
    List<StaffMember> forDistrict(DistrictCode district, UserId me) {
        List<UnitId> over = units.all().stream()
                .filter(unit -> unit.kind() != UnitKind.CPB_OFFICE && unit.jurisdiction().covers(district))
                .map(Unit::id).toList();
        Set<StaffMember> members = new LinkedHashSet<>(staff.ofUnits(over));
        staff.byId(me).ifPresent(members::add);
        return members.stream().filter(m -> CASE_WORKERS.contains(m.role())).toList();
    }

    /** The named staff, each of whom must be a case worker; an unknown one names the field. */
    List<UserId> require(Collection<String> ids, String field) {
        List<UserId> chosen = new ArrayList<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            UUID value = Inputs.id(id, field);
            StaffMember member = staff.byId(new UserId(value))
                    .filter(m -> CASE_WORKERS.contains(m.role()))
                    .orElseThrow(() -> new CaseInputException(field, "cases.input.officer", id));
            if (!chosen.contains(member.id())) {
                chosen.add(member.id());
            }
        }
        return chosen;
    }

    UserId requireOne(String id, String field, boolean required) {
        if (id == null || id.isBlank()) {
            if (required) {
                throw new CaseInputException(field, "cases.input.required");
            }
            return null;
        }
        return require(List.of(id), field).getFirst();
    }
}
